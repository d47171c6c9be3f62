import { useTranslation } from "react-i18next";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { RunMode } from "@contracts/accountSnapshot.js";

/** Tells the user, up front, where the app runs and whether the data is real. */
export function StatusBanners({
  mode,
  demo,
  unreachable,
}: {
  mode: RunMode;
  demo: boolean;
  unreachable: boolean;
}) {
  const { t } = useTranslation("common");
  return (
    <>
      {mode === "standalone" && (
        <MessageBar layout="multiline" intent="info" data-testid="standalone-banner">
          <MessageBarBody>
            <MessageBarTitle>{t("mode.standalone")}</MessageBarTitle> {t("mode.standaloneHint")}
          </MessageBarBody>
        </MessageBar>
      )}
      {demo && (
        <MessageBar layout="multiline" intent="warning" data-testid="demo-banner">
          <MessageBarBody>{t("mode.demo")}</MessageBarBody>
        </MessageBar>
      )}
      {unreachable && (
        <MessageBar layout="multiline" intent="error" data-testid="unreachable-banner">
          <MessageBarBody>{t("mode.serverUnreachable")}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
