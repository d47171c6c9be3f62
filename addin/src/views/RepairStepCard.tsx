import { useTranslation } from "react-i18next";
import {
  Badge,
  Body1,
  Card,
  Checkbox,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { PlannedStep } from "../repair/steps.js";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  highlighted: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  muted: { opacity: 0.75 },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  how: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "grid",
    gap: tokens.spacingVerticalXXS,
  },
  why: { color: tokens.colorNeutralForeground2 },
});

interface RepairStepCardProps {
  planned: PlannedStep;
  done: boolean;
  onDoneChange(done: boolean): void;
  /** Name of the Outlook this step does not apply to, or null when it applies. */
  notApplicableTo: string | null;
  highlighted: boolean;
}

/** One step: a "done" tick with the title, why it matters, and the exact menu path to follow. */
export function RepairStepCard({
  planned,
  done,
  onDoneChange,
  notApplicableTo,
  highlighted,
}: RepairStepCardProps) {
  const { t } = useTranslation("repair");
  const styles = useStyles();
  const id = planned.step.id;
  const how = t(`steps.${id}.how`, { returnObjects: true });
  return (
    <Card
      className={mergeClasses(
        styles.card,
        highlighted && styles.highlighted,
        notApplicableTo !== null && styles.muted
      )}
      data-testid={`step-${planned.step.id}`}
      data-done={done}
    >
      <Checkbox
        checked={done}
        onChange={(_, data) => onDoneChange(data.checked === true)}
        label={<strong>{t(`steps.${id}.title`)}</strong>}
      />
      <div className={styles.badges}>
        {planned.recommended && notApplicableTo === null && (
          <Badge appearance="filled" color="brand">
            {t("recommended")}
          </Badge>
        )}
        {notApplicableTo !== null && (
          <Badge appearance="outline">{t("notApplicable", { target: notApplicableTo })}</Badge>
        )}
      </div>
      {!done && (
        <>
          <Body1 className={styles.why}>
            <strong>{t("why")}</strong> {t(`steps.${id}.why`)}
          </Body1>
          <ol className={styles.how}>
            {Object.values(how).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
