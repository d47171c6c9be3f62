import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import type { DiagnoseAnswers, DiagnoseResponse, FixId } from "@contracts/diagnosis.js";
import type { Progress } from "../repair/progress.js";
import { FindingList } from "./FindingList.js";
import { ErrorBar } from "./ErrorBar.js";
import { problemsByField } from "../errors/describeError.js";
import { OutlookDiscoveryCheck } from "./OutlookDiscoveryCheck.js";

export type DiagnosisState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "done"; response: DiagnoseResponse }
  | { kind: "failed"; error: unknown };

/** Questions whose checkbox means `true`; "Outlook does not open" is stored as outlookOpens: false. */
const QUESTIONS: { key: keyof DiagnoseAnswers; checkedMeans: boolean }[] = [
  { key: "usedPop3", checkedMeans: true },
  { key: "hasPstFiles", checkedMeans: true },
  { key: "outlookOpens", checkedMeans: false },
  { key: "wantsThirdPartyClient", checkedMeans: true },
];

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
  results: { display: "grid", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
});

interface DiagnoseViewProps {
  snapshot: AccountSnapshot;
  progress: Progress;
  onProgressChange(progress: Progress): void;
  diagnosis: DiagnosisState;
  onRun(): void;
  onGoToStep(fixId: FixId): void;
}

/** Asks what the user knows, runs the diagnosis, and lists findings with a link to the matching repair step. */
export function DiagnoseView({
  snapshot,
  progress,
  onProgressChange,
  diagnosis,
  onRun,
  onGoToStep,
}: DiagnoseViewProps) {
  const { t } = useTranslation("diagnose");
  const { t: errorT } = useTranslation("errors");
  // A problem with the address is shown on the address field; anything else above the results.
  const emailProblem =
    diagnosis.kind === "failed" ? problemsByField(diagnosis.error, errorT).get("email") : undefined;
  const styles = useStyles();
  const setAnswer = (key: keyof DiagnoseAnswers, value: boolean | undefined) => {
    const answers = { ...progress.answers };
    if (value === undefined) delete answers[key];
    else answers[key] = value;
    onProgressChange({ ...progress, answers });
  };
  return (
    <Card data-testid="diagnose-view">
      <Subtitle2 as="h2">{t("heading")}</Subtitle2>
      <Body1>{t("intro")}</Body1>
      <form
        // The browser's own checks speak its language, not the user's: ours are shown instead.
        noValidate
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          onRun();
        }}
      >
        {!snapshot.emailAddress && (
          <Field
            label={t("email")}
            hint={t("emailHint")}
            validationState={emailProblem ? "error" : "none"}
            validationMessage={emailProblem}
          >
            <Input
              type="email"
              value={progress.email}
              onChange={(_, data) => onProgressChange({ ...progress, email: data.value })}
              data-testid="diagnose-email"
            />
          </Field>
        )}
        {QUESTIONS.map(({ key, checkedMeans }) => (
          <Checkbox
            key={key}
            label={t(`questions.${key}`)}
            checked={progress.answers[key] === checkedMeans}
            onChange={(_, data) => setAnswer(key, data.checked ? checkedMeans : undefined)}
          />
        ))}
        <div>
          <Button
            appearance="primary"
            type="submit"
            disabled={diagnosis.kind === "loading"}
            data-testid="diagnose-run"
          >
            {t("run")}
          </Button>
        </div>
      </form>
      <section className={styles.results} aria-live="polite" aria-label={t("results")}>
        {diagnosis.kind === "loading" && <Spinner size="tiny" label={t("running")} />}
        {diagnosis.kind === "failed" && !emailProblem && <ErrorBar error={diagnosis.error} />}
        {diagnosis.kind === "done" && (
          <FindingList findings={diagnosis.response.findings} onGoToStep={onGoToStep} />
        )}
      </section>
      <OutlookDiscoveryCheck email={snapshot.emailAddress ?? progress.email} />
    </Card>
  );
}
