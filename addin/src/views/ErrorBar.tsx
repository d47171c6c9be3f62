import { useTranslation } from "react-i18next";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SignInError } from "../auth/signInError.js";

interface ErrorBarProps {
  error: unknown;
  /** i18n key wrapping other errors' messages, e.g. "mailbox:failed" ("… could not be checked: {{message}}"). */
  wrapKey?: "mailbox:failed";
}

/** An error as a person reads it: sign-in problems explained in their language, others as the service wrote them. */
export function ErrorBar({ error, wrapKey }: ErrorBarProps) {
  const { t } = useTranslation(["signIn", "mailbox"]);
  const signIn = error instanceof SignInError ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar
      intent="error"
      layout="multiline"
      data-testid="error-bar"
      data-sign-in-error={signIn?.code}
    >
      <MessageBarBody>
        {signIn
          ? t(`errors.${signIn.code}`, {
              url: new URL("taskpane.html", window.location.href).href,
            })
          : wrapKey
            ? t(wrapKey, { message })
            : message}
        {signIn?.detail &&
          signIn.code !== "cancelled" &&
          ` ${t("detail", { detail: signIn.detail })}`}
      </MessageBarBody>
    </MessageBar>
  );
}
