import { useTranslation } from "react-i18next";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Shown for sections not built yet: says so plainly instead of pretending. */
export function PendingSection() {
  const { t } = useTranslation();
  return (
    <MessageBar layout="multiline" intent="info">
      <MessageBarBody>
        <MessageBarTitle>{t("pending.title")}</MessageBarTitle> {t("pending.body")}
      </MessageBarBody>
    </MessageBar>
  );
}
