import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RunMode } from "@contracts/accountSnapshot.js";

const useStyles = makeStyles({
  line: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  details: { display: "grid", gap: tokens.spacingVerticalXS, margin: 0 },
});

interface StatusLineProps {
  /** detecting: Office.js has not said yet whether Outlook is here. */
  mode: RunMode | "detecting";
  demo: boolean;
  unreachable: boolean;
}

/**
 * Where the app runs and whether the data is real, on one compact line with details on demand:
 * the diagnosis form stays in view in a 380 px pane.
 */
export function StatusLine({ mode, demo, unreachable }: StatusLineProps) {
  const { t } = useTranslation("common");
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const parts = [
    ...(mode === "standalone" ? [t("mode.standalone")] : []),
    ...(demo ? [t("mode.demo")] : []),
  ];
  return (
    <>
      {unreachable && (
        <MessageBar layout="multiline" intent="error" data-testid="unreachable-banner">
          <MessageBarBody>{t("mode.serverUnreachable")}</MessageBarBody>
        </MessageBar>
      )}
      {(mode === "detecting" || parts.length > 0) && (
        <section className={styles.line} data-testid="status-line" aria-label={t("mode.label")}>
          {mode === "detecting" && (
            <Spinner
              size="extra-tiny"
              label={t("mode.detecting")}
              data-testid="detecting-outlook"
            />
          )}
          {parts.length > 0 && <span data-testid="status-summary">{parts.join(" · ")}</span>}
          {parts.length > 0 && (
            <Button
              size="small"
              appearance="transparent"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen(!open)}
              data-testid="status-details-toggle"
            >
              {t(open ? "mode.hideDetails" : "mode.showDetails")}
            </Button>
          )}
          {open && (
            <div id={detailsId} className={styles.details} data-testid="status-details">
              {mode === "standalone" && (
                <p className={styles.details}>{t("mode.standaloneDetail")}</p>
              )}
              {demo && <p className={styles.details}>{t("mode.demoDetail")}</p>}
            </div>
          )}
        </section>
      )}
    </>
  );
}
