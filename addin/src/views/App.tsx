import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { i18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import {
  FluentProvider,
  Spinner,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import type { DiagnoseRequest, DiagnoseResponse } from "@contracts/diagnosis.js";
import { pickLocale, type Locale } from "@contracts/locales.js";
import type { Health } from "@contracts/health.js";
import { hostKind } from "@contracts/hostKind.js";
import { DEFAULT_FOLDER_NAMES, type FolderNames } from "@contracts/wellKnownFolders.js";
import { getHealth, postDiagnose } from "../api/client.js";
import type { KeyValueStore } from "../storage/keyValueStore.js";
import { useProgress } from "../repair/useProgress.js";
import { saveLanguageChoice } from "../storage/languageChoice.js";
import type { OfficeStart } from "../office/officeHost.js";
import { defaultTarget } from "../repair/steps.js";
import { Header } from "./Header.js";
import { StatusLine } from "./StatusLine.js";
import { DiagnoseView, type DiagnosisState } from "./DiagnoseView.js";
import { MailboxPanel } from "./MailboxPanel.js";
import { useMailboxDiagnosis } from "../mailbox/useMailboxDiagnosis.js";
import type { Section } from "./sections.js";
import { SectionTabs } from "./SectionTabs.js";

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
  main: { display: "grid", gap: tokens.spacingVerticalM },
});

export interface AppProps {
  i18n: i18n;
  /** What the page knows before Office answers: a plain browser. */
  initial: OfficeStart;
  /** Office's answer, when it comes: Outlook's snapshot and roaming settings, or standalone again. */
  office: Promise<OfficeStart>;
  /** The user picked the language by hand before: Outlook's display language does not override it. */
  languageChosen: boolean;
}

export function App({ i18n, initial, office, languageChosen }: AppProps) {
  const [language, setLanguage] = useState(pickLocale(i18n.language));
  const [host, setHost] = useState<{ detecting: boolean; start: OfficeStart }>({
    detecting: true,
    start: initial,
  });
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const changeLanguage = useCallback(
    (next: Locale) => void i18n.changeLanguage(next).then(() => setLanguage(next)),
    [i18n]
  );
  useEffect(() => {
    let current = true;
    void office.then((start) => {
      if (!current) return;
      setHost({ detecting: false, start });
      // Inside Outlook, Outlook's language is the user's, unless they chose one here before.
      if (start.snapshot.mode === "outlook" && !languageChosen)
        changeLanguage(pickLocale(start.snapshot.displayLanguage));
    });
    return () => {
      current = false;
    };
  }, [office, languageChosen, changeLanguage]);
  const chooseLanguage = (next: Locale) => {
    saveLanguageChoice(next);
    changeLanguage(next);
  };
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <Shell
          snapshot={host.start.snapshot}
          store={host.start.store}
          detecting={host.detecting}
          language={language}
          onLanguageChange={chooseLanguage}
        />
      </FluentProvider>
    </I18nextProvider>
  );
}

type HealthState = { kind: "loading" } | { kind: "ok"; health: Health } | { kind: "unreachable" };

interface ShellProps {
  snapshot: AccountSnapshot;
  store: KeyValueStore;
  /** Office has not answered yet: the page works as standalone meanwhile. */
  detecting: boolean;
  language: Locale;
  onLanguageChange(language: Locale): void;
}

function Shell({ snapshot, store, detecting, language, onLanguageChange }: ShellProps) {
  const styles = useStyles();
  useGlobalStyles();
  const [section, setSection] = useState<Section>("diagnose");
  const [focusStep, setFocusStep] = useState<string | null>(null);
  const [health, setHealth] = useState<HealthState>({ kind: "loading" });
  const [progress, setProgress] = useProgress(store);
  const [diagnosis, setDiagnosis] = useState<DiagnosisState>({ kind: "idle" });
  const mailbox = useMailboxDiagnosis(health.kind === "ok" ? health.health.mode : null, language);
  // Well-known folders as this mailbox names them once it was read, else in the UI's language.
  const mailboxFolderNames =
    mailbox.state.kind === "done" ? mailbox.state.result.folderNames : null;
  const folderNames: FolderNames = useMemo(
    () => ({ ...DEFAULT_FOLDER_NAMES[language], ...mailboxFolderNames }),
    [language, mailboxFolderNames]
  );

  useEffect(() => {
    getHealth().then(
      (value) => setHealth({ kind: "ok", health: value }),
      () => setHealth({ kind: "unreachable" })
    );
  }, []);

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
    postDiagnose({ snapshot, ...question, locale: language }).then(
      (response: DiagnoseResponse) => current && setDiagnosis({ kind: "done", response }),
      (error: unknown) => current && setDiagnosis({ kind: "failed", error })
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
        <StatusLine
          mode={detecting ? "detecting" : snapshot.mode}
          demo={health.kind === "ok" && health.health.mode === "demo"}
          unreachable={health.kind === "unreachable"}
        />
        <SectionTabs section={section} onSelect={setSection} />
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
                askedAbout={snapshot.emailAddress ?? (progress.email.trim() || null)}
              />
            )}
            {section === "repair" && (
              <RepairView
                target={progress.target ?? defaultTarget(hostKind(snapshot))}
                progress={progress}
                onProgressChange={setProgress}
                recommendedFixes={recommendedFixes}
                focusFix={focusStep}
                provider={diagnosis.kind === "done" ? diagnosis.response.provider : null}
                folderNames={folderNames}
              />
            )}
            {section === "account" && <AccountPanel snapshot={snapshot} />}
            {section === "unify" && health.kind === "ok" && (
              <UnifyView
                mainAddress={snapshot.emailAddress ?? (progress.email.trim() || null)}
                serviceMode={health.health.mode}
                folderNames={folderNames}
              />
            )}
            {section === "migrate" && health.kind === "ok" && (
              <MigrateView
                serviceMode={health.health.mode}
                mailbox={mailbox}
                folderNames={folderNames}
              />
            )}
          </Suspense>
        </main>
      </div>
    </div>
  );
}
