import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { i18n } from "i18next";
import { I18nextProvider, useTranslation } from "react-i18next";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import type { DiagnoseRequest, DiagnoseResponse } from "@contracts/diagnosis.js";
import { pickLocale } from "@contracts/locales.js";
import type { Health } from "@contracts/health.js";
import { hostKind } from "@contracts/hostKind.js";
import { getHealth, postDiagnose } from "../api/client.js";
import type { KeyValueStore } from "../storage/keyValueStore.js";
import { saveProgress, type Progress } from "../repair/progress.js";
import { defaultTarget } from "../repair/steps.js";
import { Header } from "./Header.js";
import { StatusBanners } from "./StatusBanners.js";
import { DiagnoseView, type DiagnosisState } from "./DiagnoseView.js";
import { MailboxPanel } from "./MailboxPanel.js";
import { useMailboxDiagnosis } from "../mailbox/useMailboxDiagnosis.js";
import { SECTIONS, type Section } from "./sections.js";

// Sections other than the diagnosis load on first use: the first paint ships only what it shows.
const RepairView = lazy(() =>
  import("./RepairView.js").then((module) => ({ default: module.RepairView }))
);
const UnifyView = lazy(() =>
  import("./UnifyView.js").then((module) => ({ default: module.UnifyView }))
);
const MigrateView = lazy(() =>
  import("./MigrateView.js").then((module) => ({ default: module.MigrateView }))
);
const AccountPanel = lazy(() =>
  import("./AccountPanel.js").then((module) => ({ default: module.AccountPanel }))
);

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
  // A native select is as wide as its longest option; in a narrow taskpane it must shrink to the pane.
  ".fui-Select": { minWidth: 0 },
  ".fui-Select__select": { minWidth: 0, textOverflow: "ellipsis" },
});

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  body: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalM,
  },
  tabs: { flexWrap: "wrap" },
  main: { display: "grid", gap: tokens.spacingVerticalM },
});

export interface AppProps {
  snapshot: AccountSnapshot;
  store: KeyValueStore;
  initialProgress: Progress;
  i18n: i18n;
}

export function App({ i18n, ...props }: AppProps) {
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
        <Shell {...props} language={language} onLanguageChange={changeLanguage} />
      </FluentProvider>
    </I18nextProvider>
  );
}

type HealthState = { kind: "loading" } | { kind: "ok"; health: Health } | { kind: "unreachable" };

interface ShellProps extends Omit<AppProps, "i18n"> {
  language: string;
  onLanguageChange(lang: string): void;
}

function Shell({ snapshot, store, initialProgress, language, onLanguageChange }: ShellProps) {
  const { t } = useTranslation("common");
  const styles = useStyles();
  useGlobalStyles();
  const [section, setSection] = useState<Section>("diagnose");
  const [focusStep, setFocusStep] = useState<string | null>(null);
  const [health, setHealth] = useState<HealthState>({ kind: "loading" });
  const [progress, setProgress] = useState<Progress>(initialProgress);
  const [diagnosis, setDiagnosis] = useState<DiagnosisState>({ kind: "idle" });
  const saved = useRef(initialProgress);
  const mailbox = useMailboxDiagnosis(health.kind === "ok" ? health.health.mode : null, language);

  useEffect(() => {
    getHealth().then(
      (value) => setHealth({ kind: "ok", health: value }),
      () => setHealth({ kind: "unreachable" })
    );
  }, []);
  useEffect(() => {
    if (progress === saved.current) return;
    saved.current = progress;
    void saveProgress(store, progress);
  }, [progress, store]);

  // What the user last asked to diagnose. Findings are written in the language asked for, so a
  // language switch asks again; an answer that arrives after a newer question is dropped.
  const [question, setQuestion] = useState<Pick<DiagnoseRequest, "email" | "answers"> | null>(null);
  const runDiagnosis = () => {
    const email = progress.email.trim();
    setQuestion({ answers: progress.answers, ...(email ? { email } : {}) });
  };
  useEffect(() => {
    if (!question) return;
    let current = true;
    setDiagnosis({ kind: "loading" });
    postDiagnose({ snapshot, ...question, locale: pickLocale(language) }).then(
      (response: DiagnoseResponse) => current && setDiagnosis({ kind: "done", response }),
      (error: Error) => current && setDiagnosis({ kind: "failed", message: error.message })
    );
    return () => {
      current = false;
    };
  }, [question, language, snapshot]);

  const recommendedFixes =
    diagnosis.kind === "done"
      ? diagnosis.response.findings.flatMap((finding) => (finding.fixId ? [finding.fixId] : []))
      : [];

  return (
    <div className={styles.root}>
      <Header language={language} onLanguageChange={onLanguageChange} />
      <div className={styles.body}>
        <StatusBanners
          mode={snapshot.mode}
          demo={health.kind === "ok" && health.health.mode === "demo"}
          unreachable={health.kind === "unreachable"}
        />
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
        <main className={styles.main}>
          <Suspense fallback={<Spinner size="small" />}>
            {section === "diagnose" && (
              <DiagnoseView
                snapshot={snapshot}
                progress={progress}
                onProgressChange={setProgress}
                diagnosis={diagnosis}
                onRun={runDiagnosis}
                onGoToStep={(fixId) => {
                  setFocusStep(fixId);
                  setSection("repair");
                }}
              />
            )}
            {section === "diagnose" && health.kind === "ok" && (
              <MailboxPanel
                serviceMode={health.health.mode}
                mailbox={mailbox}
                outlookMailbox={
                  snapshot.mode === "outlook"
                    ? { address: snapshot.emailAddress, accountType: snapshot.accountType }
                    : null
                }
              />
            )}
            {section === "repair" && (
              <RepairView
                target={progress.target ?? defaultTarget(hostKind(snapshot))}
                progress={progress}
                onProgressChange={setProgress}
                recommendedFixes={recommendedFixes}
                focusFix={focusStep}
              />
            )}
            {section === "account" && <AccountPanel snapshot={snapshot} />}
            {section === "unify" && health.kind === "ok" && (
              <UnifyView
                mainAddress={snapshot.emailAddress ?? (progress.email.trim() || null)}
                serviceMode={health.health.mode}
              />
            )}
            {section === "migrate" && health.kind === "ok" && (
              <MigrateView serviceMode={health.health.mode} mailbox={mailbox} />
            )}
          </Suspense>
        </main>
      </div>
    </div>
  );
}
