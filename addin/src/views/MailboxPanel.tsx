import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MailboxDiagnosisHandle } from "../mailbox/useMailboxDiagnosis.js";
import { FindingList } from "./FindingList.js";
import { StorageChart } from "./StorageChart.js";
import { ErrorBar } from "./ErrorBar.js";
import { SignedInAs } from "./SignedInAs.js";

const PLANS = [15, 50, 100] as const;

const useStyles = makeStyles({
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
});

interface MailboxPanelProps {
  /** demo: the service serves the simulated mailbox, no sign-in; live: the user signs in (auth/). */
  serviceMode: "demo" | "live";
  mailbox: MailboxDiagnosisHandle;
  /** The mailbox Outlook shows, when the taskpane runs in Outlook. */
  outlookMailbox: { address: string | null; accountType: string | null } | null;
  /** The address the user asked about (typed, or Outlook's), to say when the demo is not about it. */
  askedAbout: string | null;
}

/** Checks the mailbox itself at Microsoft (through the service and Graph): space, delivery, rules. */
export function MailboxPanel({
  serviceMode,
  mailbox,
  outlookMailbox,
  askedAbout,
}: MailboxPanelProps) {
  const { t } = useTranslation(["mailbox", "signIn"]);
  const styles = useStyles();
  const { plan, setPlan, state, canRun, run } = mailbox;
  const demoAddress = state.kind === "done" ? state.result.address : null;

  return (
    <Card data-testid="mailbox-panel">
      <Subtitle2 as="h2">{t(serviceMode === "demo" ? "headingDemo" : "heading")}</Subtitle2>
      <div className={styles.body}>
        {serviceMode === "demo" ? (
          <Body1>{t("introDemo", { address: demoAddress ?? "…" })}</Body1>
        ) : (
          <Body1>{t("intro")}</Body1>
        )}
        {serviceMode === "demo" &&
          demoAddress &&
          askedAbout &&
          askedAbout.toLowerCase() !== demoAddress.toLowerCase() && (
            <MessageBar intent="info" layout="multiline" data-testid="demo-other-address">
              <MessageBarBody>{t("otherAddressDemo", { typed: askedAbout })}</MessageBarBody>
            </MessageBar>
          )}
        {serviceMode === "live" && <Body1>{t("signIn:explain")}</Body1>}
        {serviceMode === "live" && outlookMailbox?.accountType === "gmail" && (
          <MessageBar intent="info" layout="multiline" data-testid="gmail-mailbox">
            <MessageBarBody>{t("signIn:gmailMailbox")}</MessageBarBody>
          </MessageBar>
        )}
        <SignedInAs outlookAddress={outlookMailbox?.address ?? null} />
        <Field label={t("plan")}>
          <Select value={String(plan)} onChange={(_, data) => setPlan(Number(data.value))}>
            {PLANS.map((gb) => (
              <option key={gb} value={gb}>
                {t(`plans.p${gb}`)}
              </option>
            ))}
          </Select>
        </Field>
        {canRun && state.kind !== "loading" && (
          <div>
            <Button onClick={run} data-testid="mailbox-run">
              {t(state.kind === "done" ? "rerun" : "run")}
            </Button>
          </div>
        )}
        <div aria-live="polite" className={styles.body}>
          {state.kind === "loading" && (
            <Spinner size="small" label={t("checking")} data-testid="mailbox-loading" />
          )}
          {state.kind === "failed" && <ErrorBar error={state.error} />}
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
