import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CompileResponse, Target } from "@contracts/rules.js";

const useStyles = makeStyles({
  code: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    maxHeight: "260px",
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: "wrap" },
  stale: { opacity: 0.5 },
});

/** Each target's file, with copy and download, and what that target could not express. */
export function ArtifactPreview({
  compiled,
  disabled,
}: {
  compiled: CompileResponse;
  /** The rules on screen changed or are not valid: these files are not theirs, nothing can be taken. */
  disabled: boolean;
}) {
  const { t } = useTranslation("unify");
  const styles = useStyles();
  const [selected, setSelected] = useState<Target | null>(null);
  const artifact =
    compiled.artifacts.find((candidate) => candidate.target === selected) ?? compiled.artifacts[0];
  if (!artifact) return null;
  const warnings = compiled.warnings.filter((warning) => warning.target === artifact.target);
  const download = () => {
    const url = URL.createObjectURL(new Blob([artifact.content], { type: artifact.mediaType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = artifact.filename;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Card
      data-testid="artifact-preview"
      data-stale={disabled}
      aria-disabled={disabled}
      className={disabled ? styles.stale : undefined}
    >
      <Subtitle2 as="h3">{t("preview")}</Subtitle2>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={artifact.target}
        onTabSelect={(_, data) => setSelected(data.value as Target)}
      >
        {compiled.artifacts.map((candidate) => (
          <Tab key={candidate.target} value={candidate.target}>
            {t(`targets.${candidate.target}`)}
          </Tab>
        ))}
      </TabList>
      {warnings.map((warning, index) => (
        <MessageBar
          key={index}
          intent={warning.kind === "left-out" ? "warning" : "info"}
          layout="multiline"
          data-testid="rule-warning"
        >
          <MessageBarBody>
            <strong>{warning.rule === "*" ? "" : `${warning.rule} — `}</strong>
            {warning.message}
          </MessageBarBody>
        </MessageBar>
      ))}
      {/* Scrollable, so it takes the focus: keyboard users can scroll it too. */}
      <pre
        className={styles.code}
        data-testid="artifact-content"
        tabIndex={0}
        aria-label={t("contentOf", { file: artifact.filename })}
      >
        {artifact.content}
      </pre>
      <div className={styles.actions}>
        <Button
          disabled={disabled}
          onClick={() => void navigator.clipboard?.writeText(artifact.content)}
        >
          {t("copy")}
        </Button>
        <Button disabled={disabled} onClick={download} data-testid="artifact-download">
          {t("download", { file: artifact.filename })}
        </Button>
      </div>
    </Card>
  );
}
