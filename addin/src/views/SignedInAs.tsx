import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { onSignedInChange } from "../auth/serviceToken.js";

/**
 * The Microsoft account MailBridge reads, once someone has signed in. In a sign-in window people can
 * pick another account than the mailbox Outlook shows: then the results are about that other mailbox,
 * and the panel says so.
 */
export function SignedInAs({ outlookAddress }: { outlookAddress: string | null }) {
  const { t } = useTranslation("signIn");
  const [username, setUsername] = useState<string | null>(null);
  useEffect(() => onSignedInChange(setUsername), []);
  if (!username) return null;
  const elsewhere =
    outlookAddress !== null && outlookAddress.toLowerCase() !== username.toLowerCase();
  return (
    <>
      <Caption1 data-testid="signed-in-as">{t("signedInAs", { username })}</Caption1>
      {elsewhere && (
        <MessageBar intent="warning" layout="multiline" data-testid="other-account">
          <MessageBarBody>
            {t("otherAccount", { username, outlook: outlookAddress })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
