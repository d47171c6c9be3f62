import { useTranslation } from "react-i18next";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Finding, FixId, Severity } from "@contracts/diagnosis.js";

const INTENT: Record<Severity, "error" | "warning" | "info" | "success"> = {
  error: "error",
  warning: "warning",
  info: "info",
  ok: "success",
};

/** Findings as message bars, most severe first (the service sorts them), with a link to the fix. */
export function FindingList({
  findings,
  onGoToStep,
}: {
  findings: Finding[];
  onGoToStep?: (fixId: FixId) => void;
}) {
  const { t } = useTranslation("diagnose");
  return (
    <>
      {findings.map((finding, index) => (
        <MessageBar
          key={`${finding.id}-${index}`}
          intent={INTENT[finding.severity]}
          layout="multiline"
          data-testid={`finding-${finding.id}`}
          data-severity={finding.severity}
        >
          <MessageBarBody>
            <MessageBarTitle>{finding.title}</MessageBarTitle>
            <div>{finding.detail}</div>
          </MessageBarBody>
          {finding.fixId && onGoToStep && (
            <MessageBarActions>
              <Button
                size="small"
                // One such button per finding: its name says which finding it answers.
                aria-label={`${t("goToStep")} ${finding.title}`}
                onClick={() => onGoToStep(finding.fixId!)}
              >
                {t("goToStep")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </>
  );
}
