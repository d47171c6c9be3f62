import { useTranslation } from "react-i18next";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SignInError } from "../auth/signInError.js";
import { describeError } from "../errors/describeError.js";

/**
 * An error as a person reads it, in their language: sign-in problems and the service's error codes
 * are explained by the taskpane's own words (the service's English message is never shown).
 */
export function ErrorBar({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation("errors");
  const { t: signInT } = useTranslation("signIn");
  const signIn = error instanceof SignInError ? error : null;
  return (
    <MessageBar
      intent="error"
      layout="multiline"
      data-testid="error-bar"
      data-sign-in-error={signIn?.code}
    >
      <MessageBarBody>
        {signIn
          ? signInT(`errors.${signIn.code}`, {
              url: new URL("taskpane.html", window.location.href).href,
            })
          : describeError(error, t, i18n.language)}
        {signIn?.detail &&
          signIn.code !== "cancelled" &&
          ` ${signInT("detail", { detail: signIn.detail })}`}
      </MessageBarBody>
    </MessageBar>
  );
}
