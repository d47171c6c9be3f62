import { forwardRef, useId } from "react";
import { useTranslation } from "react-i18next";
import {
  Badge,
  Body1,
  Button,
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
  header: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0 },
  // A long title wraps; the button keeps its words whole ("Comment ?" was cut at both ends).
  toggle: { flexShrink: 0, marginInlineStart: "auto" },
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
  /** Whether why and how are shown (the current step is open, the others folded). */
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  /** Name of the Outlook this step does not apply to, or null when it applies. */
  notApplicableTo: string | null;
  highlighted: boolean;
  /** What the texts name for this user: their webmail, their mailbox's folder names. */
  words: { webmail: string; deletedItems: string; junkEmail: string };
}

/**
 * One step: a "done" tick with the title, then, unfolded, why it matters and the exact menu path.
 * The ref reaches the tick, which takes the focus when the user is sent to this step.
 */
export const RepairStepCard = forwardRef<HTMLInputElement, RepairStepCardProps>(
  function RepairStepCard(
    {
      planned,
      done,
      onDoneChange,
      expanded,
      onExpandedChange,
      notApplicableTo,
      highlighted,
      words,
    },
    tickRef
  ) {
    const { t } = useTranslation("repair");
    const styles = useStyles();
    const detailsId = useId();
    const id = planned.step.id;
    const title = t(`steps.${id}.title`);
    const how = t(`steps.${id}.how`, { returnObjects: true, ...words });
    const toggleText = t(expanded ? "hideHow" : "showHow");
    return (
      <Card
        className={mergeClasses(
          styles.card,
          highlighted && styles.highlighted,
          notApplicableTo !== null && styles.muted
        )}
        data-testid={`step-${id}`}
        data-done={done}
        data-expanded={expanded}
      >
        <div className={styles.header}>
          <Checkbox
            ref={tickRef}
            className={styles.title}
            checked={done}
            onChange={(_, data) => onDoneChange(data.checked === true)}
            label={<strong>{title}</strong>}
          />
          <Button
            className={styles.toggle}
            size="small"
            appearance="subtle"
            aria-expanded={expanded}
            aria-controls={detailsId}
            // Every step has this button: its name says which step it unfolds.
            aria-label={`${toggleText} ${title}`}
            onClick={() => onExpandedChange(!expanded)}
          >
            {toggleText}
          </Button>
        </div>
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
        {expanded && (
          <div id={detailsId}>
            <Body1 className={styles.why}>
              <strong>{t("why")}</strong> {t(`steps.${id}.why`, words)}
            </Body1>
            <ol className={styles.how}>
              {Object.values(how).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </div>
        )}
      </Card>
    );
  }
);
