import { useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatBytes } from "@contracts/formatBytes.js";
import type { FolderSummary, PlanChoices } from "../pstImport/engine/importPlan.js";
import { usePstImport } from "../pstImport/usePstImport.js";
import { PstImportRun } from "./PstImportRun.js";
import { ErrorBar } from "./ErrorBar.js";

const useStyles = makeStyles({
  body: { display: "grid", gap: tokens.spacingVerticalS },
  // Checkboxes are their own markers: no bullets, no indent to lose at 380 px.
  picker: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  fileName: { overflowWrap: "anywhere" },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

/** "Importé de Outlook (2026-11)": where the tree goes by default, dated so a second import is told apart. */
const defaultFolderName = (prefix: string) => `${prefix} (${new Date().toISOString().slice(0, 7)})`;

const yearsOf = (folders: FolderSummary[]) =>
  [...new Set(folders.flatMap((folder) => Object.keys(folder.years)))].sort().reverse();

/** Migrate > Import a .pst file: read it here, choose what and where, then send it to the mailbox. */
export function PstImport({
  serviceMode,
  freeBytes,
}: {
  serviceMode: "demo" | "live";
  /** The mailbox's free space, when known. */
  freeBytes: number | null;
}) {
  const { t, i18n } = useTranslation(["import", "common"]);
  const pickId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const styles = useStyles();
  const { state, open, start, pause } = usePstImport(serviceMode);
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const [excluded, setExcluded] = useState<number[]>([]);
  const [year, setYear] = useState("all");
  const [order, setOrder] = useState<PlanChoices["order"]>("newestFirst");
  const [target, setTarget] = useState<"under" | "merge">("under");
  const [folderName, setFolderName] = useState(() => defaultFolderName(t("import:defaultFolder")));

  const summary = "summary" in state ? state.summary : null;
  const mailFolders = useMemo(
    () => summary?.folders.filter((folder) => folder.mailCount > 0) ?? [],
    [summary]
  );
  const choices: PlanChoices = {
    folderIds: mailFolders.map((folder) => folder.id).filter((id) => !excluded.includes(id)),
    years: year === "all" ? "all" : [year],
    order,
    target: target === "under" ? { kind: "under", folderName } : { kind: "merge" },
  };
  const chosen = mailFolders.filter((folder) => !excluded.includes(folder.id));
  const chosenCount = chosen.reduce(
    (sum, folder) => sum + (year === "all" ? folder.mailCount : (folder.years[year] ?? 0)),
    0
  );
  const chosenBytes = chosen.reduce(
    (sum, folder) =>
      sum +
      (year === "all"
        ? folder.mailBytes
        : (folder.mailBytes * (folder.years[year] ?? 0)) / folder.mailCount),
    0
  );
  const leftOut = summary?.folders.filter((folder) => folder.otherCount > 0) ?? [];
  const saved = state.kind === "ready" ? state.saved : null;

  return (
    <Card data-testid="pst-import">
      <Subtitle2 as="h2">{t("import:heading")}</Subtitle2>
      <div className={styles.body}>
        <Body1>{t("import:intro")}</Body1>
        {/* The browser's own file button speaks the browser's language: ours speaks the page's. */}
        <Field label={{ children: t("import:chooseFile"), htmlFor: pickId }}>
          <div className={styles.picker}>
            <Button
              id={pickId}
              disabled={state.kind === "running"}
              onClick={() => fileInput.current?.click()}
            >
              {t("import:pickFile")}
            </Button>
            <Body1 className={styles.fileName}>{fileName ?? t("import:noFile")}</Body1>
          </div>
        </Field>
        <input
          ref={fileInput}
          hidden
          type="file"
          accept=".pst"
          data-testid="pst-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) {
              setFileName(file.name);
              open(file);
            }
          }}
        />
        {state.kind === "reading" && (
          <Spinner size="tiny" label={t("import:reading", { file: state.fileName })} />
        )}
        {state.kind === "openFailed" && (
          <MessageBar intent="error" layout="multiline" data-testid="pst-open-failed">
            <MessageBarBody>{t(`import:openFailed.${state.reason}`)}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "failed" && <ErrorBar error={state.error} />}
        {summary && (
          <div className={styles.body} data-testid="pst-summary">
            <Body1>
              {t("import:summary", {
                file: summary.fileName,
                messages: t("common:count.messages", {
                  count: mailFolders.reduce((sum, folder) => sum + folder.mailCount, 0),
                }),
                count: mailFolders.length,
                size: size(mailFolders.reduce((sum, folder) => sum + folder.mailBytes, 0)),
              })}
            </Body1>
            <ul className={styles.list}>
              {mailFolders.map((folder) => (
                <li key={folder.id}>
                  <Checkbox
                    checked={!excluded.includes(folder.id)}
                    disabled={state.kind !== "ready"}
                    onChange={(_, data) =>
                      setExcluded((ids) =>
                        data.checked ? ids.filter((id) => id !== folder.id) : [...ids, folder.id]
                      )
                    }
                    label={t("import:folder", {
                      path: folder.path.join(" / "),
                      messages: t("common:count.messages", { count: folder.mailCount }),
                      size: size(folder.mailBytes),
                      years: yearRange(folder),
                    })}
                  />
                </li>
              ))}
            </ul>
            {leftOut.length > 0 && (
              <Body1 data-testid="pst-left-out">
                {t("import:leftOut", {
                  folders: leftOut
                    .map((folder) => `${folder.path.join(" / ")} (${folder.otherCount})`)
                    .join(", "),
                })}
              </Body1>
            )}
            {summary.problems.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {t("import:problems", {
                    places: summary.problems
                      .map((problem) => problem.folderPath.join(" / "))
                      .join(", "),
                  })}
                </MessageBarBody>
              </MessageBar>
            )}
            {state.kind === "ready" && (
              <>
                <Field label={t("import:years")}>
                  <Select value={year} onChange={(_, data) => setYear(data.value)}>
                    <option value="all">{t("import:allYears")}</option>
                    {yearsOf(mailFolders).map((value) => (
                      <option key={value} value={value}>
                        {value}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("import:order")}>
                  <RadioGroup
                    value={order}
                    onChange={(_, data) => setOrder(data.value as PlanChoices["order"])}
                    layout="horizontal"
                  >
                    <Radio value="newestFirst" label={t("import:newestFirst")} />
                    <Radio value="oldestFirst" label={t("import:oldestFirst")} />
                  </RadioGroup>
                </Field>
                <Field label={t("import:where")}>
                  <RadioGroup
                    value={target}
                    onChange={(_, data) => setTarget(data.value as "under" | "merge")}
                  >
                    <Radio value="under" label={t("import:under")} />
                    <Radio value="merge" label={t("import:merge")} />
                  </RadioGroup>
                </Field>
                {target === "under" && (
                  <Field label={t("import:folderName")}>
                    <Input value={folderName} onChange={(_, data) => setFolderName(data.value)} />
                  </Field>
                )}
                {freeBytes !== null && (
                  <MessageBar
                    intent={chosenBytes > freeBytes ? "error" : "success"}
                    layout="multiline"
                    data-testid="pst-space"
                  >
                    <MessageBarBody>
                      {t(chosenBytes > freeBytes ? "import:spaceShort" : "import:spaceOk", {
                        needed: size(chosenBytes),
                        free: size(freeBytes),
                      })}
                    </MessageBarBody>
                  </MessageBar>
                )}
                <Body1>{t("import:attachmentStorage")}</Body1>
                <Button
                  appearance="primary"
                  data-testid="pst-start"
                  disabled={chosenCount === 0 || (target === "under" && !folderName.trim())}
                  onClick={() => void start(saved?.choices ?? choices)}
                >
                  {saved
                    ? t("import:resume")
                    : t("import:start", {
                        messages: t("common:count.messages", { count: chosenCount }),
                      })}
                </Button>
              </>
            )}
          </div>
        )}
        {(state.kind === "running" || state.kind === "paused" || state.kind === "ended") && (
          <PstImportRun
            state={state}
            onPause={pause}
            onResume={() => void start(state.kind === "running" ? choices : state.saved.choices)}
          />
        )}
      </div>
    </Card>
  );
}

function yearRange(folder: FolderSummary): string {
  const years = Object.keys(folder.years)
    .filter((year) => year !== "?")
    .sort();
  if (years.length === 0) return "—";
  return years.length === 1 ? years[0]! : `${years[0]}–${years.at(-1)}`;
}
