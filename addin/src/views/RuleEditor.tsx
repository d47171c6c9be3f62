import { useTranslation } from "react-i18next";
import { Card, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Rule } from "@contracts/rules.js";
import {
  displayFolderPath,
  parseFolderPath,
  type FolderNames,
} from "@contracts/wellKnownFolders.js";

const useStyles = makeStyles({ card: { display: "grid", gap: tokens.spacingVerticalS } });

const splitList = (value: string) =>
  value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
/** What is wrong with a field, in the user's language (the taskpane's checks or the service's). */
export interface RuleFieldProblems {
  name?: string | undefined;
  conditions?: string | undefined;
  folder?: string | undefined;
  category?: string | undefined;
}

const problem = (text: string | undefined) =>
  text ? { validationState: "error" as const, validationMessage: text } : {};

/**
 * Edits one rule's main fields, each with what is wrong with it. The folder is typed and shown with
 * the mailbox's own name for the inbox ("Boîte de réception/Gmail").
 */
export function RuleEditor({
  rule,
  onChange,
  problems,
  folderNames,
}: {
  rule: Rule;
  onChange(rule: Rule): void;
  problems: RuleFieldProblems;
  folderNames: FolderNames;
}) {
  const { t } = useTranslation("unify");
  const styles = useStyles();
  const conditions = rule.conditions ?? {};
  const setConditions = (next: Rule["conditions"]) => onChange({ ...rule, conditions: next });
  const setList = (field: "sentToAddresses" | "subjectContains", value: string) => {
    const list = splitList(value);
    const next = { ...conditions };
    if (list.length > 0) next[field] = list;
    else delete next[field];
    setConditions(next);
  };
  return (
    <Card className={styles.card} data-testid="rule-editor">
      <Field label={t("rule.name")} {...problem(problems.name)}>
        <Input value={rule.name} onChange={(_, data) => onChange({ ...rule, name: data.value })} />
      </Field>
      {conditions.receivedThroughAccount !== undefined ? (
        <Field label={t("rule.throughAccount")} {...problem(problems.conditions)}>
          <Input
            value={conditions.receivedThroughAccount}
            onChange={(_, data) =>
              setConditions({ ...conditions, receivedThroughAccount: data.value })
            }
          />
        </Field>
      ) : (
        <Field label={t("rule.sentTo")} hint={t("rule.listHint")} {...problem(problems.conditions)}>
          <Input
            value={(conditions.sentToAddresses ?? []).join(", ")}
            onChange={(_, data) => setList("sentToAddresses", data.value)}
          />
        </Field>
      )}
      <Field label={t("rule.subject")} hint={t("rule.listHint")}>
        <Input
          value={(conditions.subjectContains ?? []).join(", ")}
          onChange={(_, data) => setList("subjectContains", data.value)}
        />
      </Field>
      <Field
        label={t("rule.folder")}
        hint={t("rule.folderHint", { inbox: folderNames.inbox })}
        {...problem(problems.folder)}
      >
        <Input
          value={displayFolderPath(rule.actions.moveToFolder ?? [], folderNames)}
          onChange={(_, data) =>
            onChange({
              ...rule,
              actions: { ...rule.actions, moveToFolder: parseFolderPath(data.value, folderNames) },
            })
          }
          data-testid="rule-folder"
        />
      </Field>
      <Field label={t("rule.category")} {...problem(problems.category)}>
        <Input
          value={(rule.actions.assignCategories ?? []).join(", ")}
          onChange={(_, data) =>
            onChange({
              ...rule,
              actions: { ...rule.actions, assignCategories: splitList(data.value) },
            })
          }
        />
      </Field>
      <Checkbox
        label={t("rule.markAsRead")}
        checked={rule.actions.markAsRead === true}
        onChange={(_, data) =>
          onChange({ ...rule, actions: { ...rule.actions, markAsRead: data.checked === true } })
        }
      />
    </Card>
  );
}
