import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { pickLocale } from "@contracts/locales.js";
import type { ImapTestResponse } from "@contracts/connectivity.js";
import { testImap } from "../api/client.js";
import { withServiceToken } from "../auth/serviceToken.js";
import { FindingList } from "./FindingList.js";
import { ErrorBar } from "./ErrorBar.js";

type TestState =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; response: ImapTestResponse }
  | { kind: "failed"; error: unknown };

const useStyles = makeStyles({
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
});

/**
 * "Does IMAP work for Thunderbird or my phone?": the service signs in to the account's IMAP server
 * with OAuth2, once, as the signed-in user, and says what it found (live mode only: it needs a
 * Microsoft sign-in; the permission is asked the first time).
 */
export function ImapTestPanel({ serviceMode }: { serviceMode: "demo" | "live" }) {
  const { t, i18n } = useTranslation("settings");
  const styles = useStyles();
  const [state, setState] = useState<TestState>({ kind: "idle" });
  const run = () => {
    setState({ kind: "running" });
    withServiceToken(serviceMode, "imap", (token) =>
      testImap({ locale: pickLocale(i18n.language) }, token)
    ).then(
      (response) => setState({ kind: "done", response }),
      (error: unknown) => setState({ kind: "failed", error })
    );
  };
  return (
    <Card data-testid="imap-test">
      <Subtitle2 as="h3">{t("imapTest.heading")}</Subtitle2>
      <div className={styles.body}>
        <Body1>{t("imapTest.intro")}</Body1>
        {serviceMode === "demo" ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("imapTest.demo")}</MessageBarBody>
          </MessageBar>
        ) : (
          state.kind !== "running" && (
            <div>
              <Button onClick={run} data-testid="imap-test-run">
                {t(state.kind === "done" ? "imapTest.again" : "imapTest.run")}
              </Button>
            </div>
          )
        )}
        <div aria-live="polite" className={styles.body}>
          {state.kind === "running" && <Spinner size="tiny" label={t("imapTest.running")} />}
          {state.kind === "failed" && <ErrorBar error={state.error} />}
          {state.kind === "done" && (
            <>
              <FindingList findings={[state.response.finding]} />
              <Caption1 data-testid="imap-test-as">
                {t("imapTest.tested", {
                  email: state.response.email,
                  server: state.response.server,
                })}
              </Caption1>
            </>
          )}
        </div>
      </div>
    </Card>
  );
}
