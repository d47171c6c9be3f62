import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Caption1 } from "@fluentui/react-components";
import { onSignedInChange } from "../auth/serviceToken.js";

/** The Microsoft account MailBridge reads, once someone has signed in (it may differ from Outlook's). */
export function SignedInAs() {
  const { t } = useTranslation();
  const [username, setUsername] = useState<string | null>(null);
  useEffect(() => onSignedInChange(setUsername), []);
  return username ? <Caption1 data-testid="signed-in-as">{t("signIn.signedInAs", { username })}</Caption1> : null;
}
