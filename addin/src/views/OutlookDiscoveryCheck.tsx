import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { pickLocale } from "@contracts/locales.js";
import type { OutlookDiscoveryResponse } from "@contracts/connectivity.js";
import { discoverOutlook } from "../api/client.js";
import { FindingList } from "./FindingList.js";
import { ErrorBar } from "./ErrorBar.js";

type CheckState =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; response: OutlookDiscoveryResponse }
  | { kind: "failed"; error: unknown };

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
});

/**
 * "What will classic Outlook find?": asks Microsoft's Autodiscover about the address as Outlook's
 * "Add account" does, before the user re-adds the account.
 */
export function OutlookDiscoveryCheck({ email }: { email: string }) {
  const { t, i18n } = useTranslation("diagnose");
  const styles = useStyles();
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const address = email.trim();
  const run = () => {
    setState({ kind: "running" });
    discoverOutlook({ email: address, locale: pickLocale(i18n.language) }).then(
      (response) => setState({ kind: "done", response }),
      (error: unknown) => setState({ kind: "failed", error })
    );
  };
  return (
    <section className={styles.section} data-testid="outlook-discovery">
      <Subtitle2 as="h3">{t("outlookCheck.heading")}</Subtitle2>
      <Body1>{t("outlookCheck.intro")}</Body1>
      <div>
        <Button
          onClick={run}
          disabled={!address.includes("@") || state.kind === "running"}
          data-testid="outlook-discovery-run"
        >
          {t("outlookCheck.run")}
        </Button>
      </div>
      <div aria-live="polite" className={styles.section}>
        {state.kind === "running" && <Spinner size="tiny" label={t("outlookCheck.running")} />}
        {state.kind === "failed" && <ErrorBar error={state.error} />}
        {state.kind === "done" && <FindingList findings={[state.response.finding]} />}
      </div>
    </section>
  );
}
