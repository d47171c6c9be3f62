import { useEffect, useState } from "react";
import type { i18n } from "i18next";
import { I18nextProvider, useTranslation } from "react-i18next";
import { FluentProvider, Tab, TabList, makeStaticStyles, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { AccountSnapshot } from "../../../contracts/accountSnapshot.js";
import type { Health } from "../../../contracts/health.js";
import { getHealth } from "../api/client.js";
import { Header } from "./Header.js";
import { StatusBanners } from "./StatusBanners.js";
import { AccountPanel } from "./AccountPanel.js";
import { PendingSection } from "./PendingSection.js";
import { SECTIONS, type Section } from "./sections.js";


const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  body: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalM,
  },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  snapshot: AccountSnapshot;
  i18n: i18n;
}

export function App({ snapshot, i18n }: AppProps) {
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const changeLanguage = (next: string) => {
    void i18n.changeLanguage(next).then(() => setLanguage(next));
  };
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <Shell snapshot={snapshot} language={language} onLanguageChange={changeLanguage} />
      </FluentProvider>
    </I18nextProvider>
  );
}

type HealthState = { kind: "loading" } | { kind: "ok"; health: Health } | { kind: "unreachable" };

function Shell({ snapshot, language, onLanguageChange }: { snapshot: AccountSnapshot; language: string; onLanguageChange(lang: string): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  useGlobalStyles();
  // Standalone users come because Outlook is broken: the account view is the only one useful today.
  const [section, setSection] = useState<Section>("account");
  const [health, setHealth] = useState<HealthState>({ kind: "loading" });
  useEffect(() => {
    getHealth().then(
      (value) => setHealth({ kind: "ok", health: value }),
      () => setHealth({ kind: "unreachable" }),
    );
  }, []);

  return (
    <div className={styles.root}>
      <Header language={language} onLanguageChange={onLanguageChange} />
      <div className={styles.body}>
        <StatusBanners mode={snapshot.mode} demo={health.kind === "ok" && health.health.mode === "demo"} unreachable={health.kind === "unreachable"} />
        <TabList
          aria-label={t("nav.label")}
          selectedValue={section}
          onTabSelect={(_, data) => setSection(data.value as Section)}
          size="small"
          className={styles.tabs}
        >
          {SECTIONS.map((id) => (
            <Tab key={id} value={id}>
              {t(`nav.${id}`)}
            </Tab>
          ))}
        </TabList>
        <main>{section === "account" ? <AccountPanel snapshot={snapshot} /> : <PendingSection />}</main>
      </div>
    </div>
  );
}
