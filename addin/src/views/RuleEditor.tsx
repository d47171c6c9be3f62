import { useTranslation } from "react-i18next";
import { Card, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Rule } from "@contracts/rules.js";

const useStyles = makeStyles({ card: { display: "grid", gap: tokens.spacingVerticalS } });

const splitList = (value: string) =>
  value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
/** Folder path typed as "Inbox/Gmail". */
const splitPath = (value: string) =>
  value
    .split("/")
    .map((segment) => segment.trim())
    .filter(Boolean);

/** Edits one rule's main fields; the service validates everything and says what is wrong. */
export function RuleEditor({ rule, onChange }: { rule: Rule; onChange(rule: Rule): void }) {
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
      <Field label={t("rule.name")}>
        <Input value={rule.name} onChange={(_, data) => onChange({ ...rule, name: data.value })} />
      </Field>
      {conditions.receivedThroughAccount !== undefined ? (
        <Field label={t("rule.throughAccount")}>
          <Input
            value={conditions.receivedThroughAccount}
            onChange={(_, data) =>
              setConditions({ ...conditions, receivedThroughAccount: data.value })
            }
          />
        </Field>
      ) : (
        <Field label={t("rule.sentTo")} hint={t("rule.listHint")}>
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
      <Field label={t("rule.folder")} hint={t("rule.folderHint")}>
        <Input
          value={(rule.actions.moveToFolder ?? []).join("/")}
          onChange={(_, data) =>
            onChange({ ...rule, actions: { ...rule.actions, moveToFolder: splitPath(data.value) } })
          }
          data-testid="rule-folder"
        />
      </Field>
      <Field label={t("rule.category")}>
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
