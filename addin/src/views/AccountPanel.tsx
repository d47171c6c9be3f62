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

/** What Office.js reports about the account and the host, in words a person understands. */
export function AccountPanel({ snapshot }: { snapshot: AccountSnapshot }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const unknown = t("account.unknown");
  const known = (value: string | null, group?: "accountTypes" | "platforms") => {
    if (!value) return unknown;
    const key = `account.${group}.${value}`;
    return group && i18n.exists(key) ? t(key) : value;
  };
  const supported = snapshot.requirementSets.filter((set) => set.supported);
  const rows: [string, string][] = [
    ["email", snapshot.emailAddress ?? unknown],
    ["displayName", snapshot.displayName ?? unknown],
    ["accountType", known(snapshot.accountType, "accountTypes")],
    ["hostName", known(snapshot.host.name)],
    ["hostVersion", known(snapshot.host.version)],
    ["platform", known(snapshot.host.platform, "platforms")],
    ["displayLanguage", snapshot.displayLanguage],
  ];
  return (
    <Card data-testid="account-panel">
      <CardHeader header={<Subtitle2 as="h2">{t("account.heading")}</Subtitle2>} />
      {snapshot.mode === "standalone" && <Body1>{t("account.standaloneNote")}</Body1>}
      <dl className={styles.list}>
        {rows.map(([key, value]) => (
          <div key={key} style={{ display: "contents" }}>
            <dt className={styles.term}>{t(`account.${key}`)}</dt>
            <dd className={styles.value} data-testid={`account-${key}`}>
              {value}
            </dd>
          </div>
        ))}
        <dt className={styles.term}>{t("account.requirementSets")}</dt>
        <dd className={`${styles.value} ${styles.sets}`} data-testid="account-requirementSets">
          {supported.length === 0
            ? t("account.noneSupported")
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
