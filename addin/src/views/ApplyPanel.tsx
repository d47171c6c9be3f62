import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Card,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Rule } from "@contracts/rules.js";
import type { ApplyResponse } from "@contracts/ruleApply.js";
import { displayFolderPath, type FolderNames } from "@contracts/wellKnownFolders.js";
import { applyRules } from "../api/client.js";
import { withServiceToken } from "../auth/serviceToken.js";
import { ErrorBar } from "./ErrorBar.js";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

type State =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "planned"; plan: ApplyResponse }
  | { kind: "applied"; result: ApplyResponse }
  | { kind: "failed"; error: unknown };

/** Server-side rules: always a dry run first, then apply what the user saw. */
export function ApplyPanel({
  rules,
  serviceMode,
  disabled,
  folderNames,
}: {
  rules: Rule[];
  serviceMode: "demo" | "live";
  /** The rules on screen are not valid yet: nothing can be previewed or applied. */
  disabled: boolean;
  folderNames: FolderNames;
}) {
  const { t } = useTranslation("unify");
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });
  // What is applied is exactly what the dry run showed: a change to the rules asks for a new preview.
  const [previewed, setPreviewed] = useState<Rule[] | null>(null);
  if (previewed !== null && previewed !== rules) {
    setPreviewed(null);
    setState({ kind: "idle" });
  }
  const run = async (dryRun: boolean) => {
    setState({ kind: "working" });
    try {
      const result = await withServiceToken(serviceMode, "write", (token) =>
        applyRules({ rules, dryRun }, token)
      );
      setState(dryRun ? { kind: "planned", plan: result } : { kind: "applied", result });
      setPreviewed(rules);
    } catch (error) {
      setState({ kind: "failed", error });
    }
  };
  const shown =
    state.kind === "planned" ? state.plan : state.kind === "applied" ? state.result : null;
  return (
    <Card data-testid="apply-panel">
      <Subtitle2 as="h3">{t("apply.heading")}</Subtitle2>
      <Body1>{t("apply.intro")}</Body1>
      <div className={styles.actions}>
        <Button disabled={disabled} onClick={() => void run(true)} data-testid="apply-preview">
          {t("apply.preview")}
        </Button>
        {state.kind === "planned" && (
          <Button
            appearance="primary"
            disabled={disabled}
            onClick={() => void run(false)}
            data-testid="apply-confirm"
          >
            {t("apply.confirm")}
          </Button>
        )}
      </div>
      {state.kind === "working" && <Spinner size="tiny" />}
      {state.kind === "failed" && <ErrorBar error={state.error} />}
      {shown && (
        <ul className={styles.list} data-testid="apply-result">
          {shown.folders.map((folder) => (
            <li key={folder.path.join("/")}>
              {t(`apply.folder.${folder.status}`, {
                path: displayFolderPath(folder.path, folderNames).replaceAll("/", " > "),
              })}
            </li>
          ))}
          {shown.rules.map((rule) => (
            <li key={rule.name} data-status={rule.status}>
              {t(`apply.rule.${rule.status}`, { name: rule.name })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
