import { useTranslation } from "react-i18next";
import {
  Badge,
  Body1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";

const useStyles = makeStyles({
  // Label above value: taskpanes are narrow (320–450 px).
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: `0 0 ${tokens.spacingVerticalS} 0`, overflowWrap: "anywhere" },
  sets: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

type RowKey =
  | "email"
  | "displayName"
  | "accountType"
  | "hostName"
  | "hostVersion"
  | "platform"
  | "displayLanguage";

/** What Office.js reports about the account and the host, in words a person understands. */
export function AccountPanel({ snapshot }: { snapshot: AccountSnapshot }) {
  const { t } = useTranslation("account");
  const styles = useStyles();
  const unknown = t("notReported");
  const known = (value: string | null, group?: "accountTypes" | "platforms") => {
    if (!value) return unknown;
    // Values Office may add later are shown as Office reports them.
    const labels: Record<string, string> = group ? t(group, { returnObjects: true }) : {};
    return Object.hasOwn(labels, value) ? labels[value]! : value;
  };
  const supported = snapshot.requirementSets.filter((set) => set.supported);
  const rows: [RowKey, string][] = [
    ["email", snapshot.emailAddress ?? unknown],
    ["displayName", snapshot.displayName ?? unknown],
    ["accountType", known(snapshot.accountType, "accountTypes")],
    ["hostName", known(snapshot.host.name)],
    ["hostVersion", known(snapshot.host.version)],
    ["platform", known(snapshot.host.platform, "platforms")],
    ["displayLanguage", snapshot.displayLanguage],
  ];
  if (snapshot.mode === "standalone") {
    return (
      <Card data-testid="account-panel">
        <CardHeader header={<Subtitle2 as="h2">{t("heading")}</Subtitle2>} />
        <Body1 data-testid="account-outside-outlook">{t("outsideOutlook")}</Body1>
      </Card>
    );
  }
  return (
    <Card data-testid="account-panel">
      <CardHeader header={<Subtitle2 as="h2">{t("heading")}</Subtitle2>} />
      <dl className={styles.list}>
        {rows.map(([key, value]) => (
          <div key={key} style={{ display: "contents" }}>
            <dt className={styles.term}>{t(key)}</dt>
            <dd className={styles.value} data-testid={`account-${key}`}>
              {value}
            </dd>
          </div>
        ))}
        <dt className={styles.term}>{t("requirementSets")}</dt>
        <dd className={`${styles.value} ${styles.sets}`} data-testid="account-requirementSets">
          {supported.length === 0
            ? t("noneSupported")
            : supported.map((set) => (
                <Badge key={set.version} appearance="tint" color="brand">
                  {set.version}
                </Badge>
              ))}
        </dd>
      </dl>
    </Card>
  );
}
