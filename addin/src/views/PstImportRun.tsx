import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatBytes } from "@contracts/formatBytes.js";
import type { ImportState } from "../pstImport/usePstImport.js";
import { reportCsv, type FolderReport } from "../pstImport/engine/importReport.js";

const useStyles = makeStyles({
  body: { display: "grid", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Two columns, folder | "47 imported, 2 already there": at 380 px a column per status left the
  // folder's name too narrow in English ("Syste|ms"); a sentence wraps between words in any language.
  report: { tableLayout: "auto" },
  headerCell: { height: "auto", lineHeight: tokens.lineHeightBase200 },
  folderName: { overflowWrap: "anywhere", width: "45%" },
});

const REPORTED_OUTCOMES = ["imported", "alreadyThere", "skipped", "failed"] as const;

type RunState = Extract<ImportState, { kind: "running" | "paused" | "ended" }>;

/** An import under way, paused, or over: progress, Microsoft's waits, the report and its CSV. */
export function PstImportRun({
  state,
  onPause,
  onResume,
}: {
  state: RunState;
  onPause: () => void;
  onResume: () => void;
}) {
  const { t, i18n } = useTranslation("import");
  const styles = useStyles();
  const [now, setNow] = useState(Date.now());
  const waiting = state.kind === "running" ? state.progress?.waiting : null;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);
  const progress = state.kind === "ended" ? null : state.progress;
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  /** "47 imported, 2 already there": only the outcomes a folder had, each with its plural. */
  const folderResult = (folder: FolderReport) => {
    const parts = REPORTED_OUTCOMES.filter((outcome) => folder[outcome] > 0).map((outcome) =>
      t(`folderResult.${outcome}`, { count: folder[outcome] })
    );
    return parts.length > 0 ? parts.join(", ") : t("folderResult.nothing");
  };

  const download = () => {
    if (state.kind !== "ended") return;
    const csv = reportCsv(state.lines, {
      header: [t("csv.folder"), t("csv.subject"), t("csv.date"), t("csv.status"), t("csv.reason")],
      status: {
        imported: t("status.imported"),
        alreadyThere: t("status.alreadyThere"),
        skipped: t("status.skipped"),
        failed: t("status.failed"),
      },
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    link.download = `${state.summary.fileName.replace(/\.pst$/i, "")}-import.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <div className={styles.body} data-testid="pst-run" data-state={state.kind}>
      {progress && (
        <>
          <ProgressBar
            value={progress.messagesTotal ? progress.messagesDone / progress.messagesTotal : 0}
          />
          <Body1 data-testid="pst-progress" data-done={progress.messagesDone}>
            {t("progress", {
              count: progress.messagesDone,
              total: progress.messagesTotal,
              bytes: size(progress.bytesDone),
              totalBytes: size(progress.bytesTotal),
            })}{" "}
            {progress.messagesPerMinute > 0 &&
              t("rate", {
                rate: Math.round(progress.messagesPerMinute),
                size: size(progress.bytesPerMinute),
              })}{" "}
            {progress.secondsLeft !== null &&
              t("left", { count: Math.max(1, Math.round(progress.secondsLeft / 60)) })}
          </Body1>
        </>
      )}
      {waiting && (
        <MessageBar intent="info" data-testid="pst-waiting">
          <MessageBarBody>
            {t(`waiting.${waiting.reason}`, {
              seconds: Math.max(1, Math.ceil((waiting.until - now) / 1000)),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "running" && (
        <Button data-testid="pst-pause" disabled={state.stopping} onClick={onPause}>
          {t("pause")}
        </Button>
      )}
      {state.kind === "paused" && (
        <>
          <Body1 data-testid="pst-paused">{t("paused")}</Body1>
          <Button appearance="primary" data-testid="pst-resume" onClick={onResume}>
            {t("resume")}
          </Button>
        </>
      )}
      {state.kind === "ended" && (
        <>
          {state.outcome === "finished" && (
            <MessageBar intent="success" data-testid="pst-finished">
              <MessageBarBody>{t("finished")}</MessageBarBody>
            </MessageBar>
          )}
          {state.outcome === "notHonoured" && (
            <MessageBar intent="error" layout="multiline" data-testid="pst-not-honoured">
              <MessageBarBody>{t(`notHonoured.${state.problem ?? "draft"}`)}</MessageBarBody>
            </MessageBar>
          )}
          {state.outcome === "interrupted" && (
            <MessageBar intent="warning" layout="multiline" data-testid="pst-interrupted">
              <MessageBarBody>{t(`interrupted.${state.interruption ?? "other"}`)}</MessageBarBody>
            </MessageBar>
          )}
          <Table size="small" className={styles.report} data-testid="pst-report">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.headerCell}>{t("csv.folder")}</TableHeaderCell>
                <TableHeaderCell className={styles.headerCell}>{t("result")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.folders.map((folder) => (
                <TableRow key={folder.folderPath.join("/")}>
                  {/* The folder's own name fits a 380 px column; its whole path is in the title and the CSV. */}
                  <TableCell className={styles.folderName} title={folder.folderPath.join(" / ")}>
                    {folder.folderPath.at(-1)}
                  </TableCell>
                  <TableCell data-testid="pst-report-result">{folderResult(folder)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.row}>
            <Button data-testid="pst-report-csv" onClick={download}>
              {t("downloadReport")}
            </Button>
            {(state.outcome === "interrupted" ||
              (state.outcome === "finished" &&
                state.folders.some((folder) => folder.failed > 0))) && (
              <Button appearance="primary" onClick={onResume}>
                {t("resume")}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
