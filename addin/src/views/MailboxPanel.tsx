import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Body1, Button, Card, Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../../contracts/diagnosis.js";
import type { MailboxDiagnosis } from "../../../contracts/mailbox.js";
import { postMailboxDiagnose } from "../api/client.js";
import { SignInError } from "../office/officeAuth.js";
import { serviceToken } from "../auth/serviceToken.js";
import { FindingList } from "./FindingList.js";
import { StorageChart } from "./StorageChart.js";

const PLANS = [15, 50, 100] as const;

type State = { kind: "idle" } | { kind: "loading" } | { kind: "done"; result: MailboxDiagnosis } | { kind: "failed"; message: string };

const useStyles = makeStyles({ body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS } });

interface MailboxPanelProps {
  /** demo: the service serves the simulated mailbox, no sign-in; live: sign in through Outlook. */
  serviceMode: "demo" | "live";
  inOutlook: boolean;
}

/** Checks the mailbox itself at Microsoft (through the service and Graph): space, delivery, rules. */
export function MailboxPanel({ serviceMode, inOutlook }: MailboxPanelProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const [plan, setPlan] = useState<number>(15);
  const [state, setState] = useState<State>({ kind: "idle" });
  const canRun = serviceMode === "demo" || inOutlook;

  const run = async () => {
    setState({ kind: "loading" });
    try {
      const token = await serviceToken(serviceMode);
      setState({ kind: "done", result: await postMailboxDiagnose({ locale: i18n.language as Locale, quotaGb: plan }, token) });
    } catch (error) {
      const message = error instanceof SignInError ? t("mailbox.signInFailed", { code: error.code }) : (error as Error).message;
      setState({ kind: "failed", message });
    }
  };
  // Runs on its own in demo mode, and again when the plan or the language changes after a first run.
  useEffect(() => {
    if (serviceMode === "demo" || state.kind === "done") void run();
  }, [serviceMode, plan, i18n.language]);

  return (
    <Card data-testid="mailbox-panel">
      <Subtitle2 as="h2">{t("mailbox.heading")}</Subtitle2>
      <div className={styles.body}>
        <Body1>{t(serviceMode === "demo" ? "mailbox.introDemo" : "mailbox.intro")}</Body1>
        {!canRun && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("mailbox.openFromOutlook")}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={t("mailbox.plan")}>
          <Select value={String(plan)} onChange={(_, data) => setPlan(Number(data.value))}>
            {PLANS.map((gb) => (
              <option key={gb} value={gb}>
                {t(`mailbox.plans.p${gb}`)}
              </option>
            ))}
          </Select>
        </Field>
        {canRun && state.kind !== "loading" && (
          <div>
            <Button onClick={() => void run()} data-testid="mailbox-run">
              {t(state.kind === "done" ? "mailbox.rerun" : "mailbox.run")}
            </Button>
          </div>
        )}
        <div aria-live="polite" className={styles.body}>
          {state.kind === "loading" && <Spinner size="small" label={t("mailbox.checking")} data-testid="mailbox-loading" />}
          {state.kind === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t("mailbox.failed", { message: state.message })}</MessageBarBody>
            </MessageBar>
          )}
          {state.kind === "done" && (
            <>
              <StorageChart storage={state.result.storage} />
              <FindingList findings={state.result.findings} />
            </>
          )}
        </div>
      </div>
    </Card>
  );
}
