import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { pollProgress, resolveFolders } from "../api/client.js";
import {
  displayFolderPath,
  parseFolderPath,
  type FolderNames,
} from "@contracts/wellKnownFolders.js";
import { withServiceToken } from "../auth/serviceToken.js";
import { ErrorBar } from "./ErrorBar.js";
import type { Batch } from "../migrate/planBatches.js";
import {
  MIN_POLL_MS,
  nextPollDelay,
  progressOf,
  type Reading,
} from "../migrate/progressMonitor.js";

const useStyles = makeStyles({
  body: { display: "grid", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

type Watch = {
  folderId: string;
  batch: Batch;
  baseline: Reading;
  readings: Reading[];
  throttled: boolean;
} | null;

/** Follows Outlook's upload of one batch by polling the destination folder through the service. */
export function UploadMonitor({
  batches,
  serviceMode,
  folderNames,
}: {
  batches: Batch[];
  serviceMode: "demo" | "live";
  /** The mailbox's names of its well-known folders ("Boîte de réception" is the inbox). */
  folderNames: FolderNames;
}) {
  const { t } = useTranslation("monitor");
  const styles = useStyles();
  const [batchIndex, setBatchIndex] = useState(1);
  const batch = batches.find((candidate) => candidate.index === batchIndex) ?? batches[0];
  const [destination, setDestination] = useState("");
  const [watch, setWatch] = useState<Watch>(null);
  // Why following could not start: no such folder (said on the field), Microsoft busy, or an error.
  const [problem, setProblem] = useState<
    | { kind: "notFound"; path: string }
    | { kind: "throttled" }
    | { kind: "failed"; error: unknown }
    | null
  >(null);
  const [now, setNow] = useState(Date.now());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastItems = useRef<number | null>(null);
  // The demo mailbox fills quickly, so the demo polls faster than the 10 s used against Microsoft.
  const minimum = serviceMode === "demo" ? 2000 : MIN_POLL_MS;

  useEffect(() => setDestination(batch?.entries[0]?.folder ?? ""), [batch]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const read = async (
    folderId: string
  ): Promise<{ reading: Reading | null; throttled: boolean }> => {
    const poll = await withServiceToken(serviceMode, "read", (token) =>
      pollProgress([folderId], token)
    );
    const folder = poll.folders[0];
    return folder && "items" in folder
      ? {
          reading: { at: Date.parse(poll.at), items: folder.items, sizeBytes: folder.sizeBytes },
          throttled: false,
        }
      : { reading: null, throttled: true };
  };

  const schedule = (folderId: string, delay: number) => {
    timer.current = setTimeout(async () => {
      let changed = false;
      let throttled = false;
      try {
        const { reading, throttled: slowDown } = await read(folderId);
        throttled = slowDown;
        if (reading) {
          changed = reading.items !== lastItems.current;
          lastItems.current = reading.items;
        }
        setWatch((current) =>
          current
            ? {
                ...current,
                readings: reading ? [...current.readings, reading] : current.readings,
                throttled,
              }
            : current
        );
      } catch {
        throttled = true;
      }
      setNow(Date.now());
      schedule(folderId, nextPollDelay(delay, changed, throttled, minimum));
    }, delay);
  };

  const start = async () => {
    if (!batch) return;
    setProblem(null);
    try {
      const path = parseFolderPath(destination, folderNames);
      const { folders } = await withServiceToken(serviceMode, "read", (token) =>
        resolveFolders([path], token)
      );
      const folderId = folders[0]?.id;
      if (!folderId) {
        setProblem({
          kind: "notFound",
          path: displayFolderPath(path, folderNames).replaceAll("/", " > "),
        });
        return;
      }
      const { reading } = await read(folderId);
      if (!reading) {
        setProblem({ kind: "throttled" });
        return;
      }
      lastItems.current = reading.items;
      setWatch({ folderId, batch, baseline: reading, readings: [], throttled: false });
      schedule(folderId, minimum);
    } catch (error) {
      setProblem({ kind: "failed", error });
    }
  };
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    setWatch(null);
  };

  const progress = watch
    ? progressOf(watch.baseline, watch.readings, watch.batch.items, now)
    : null;
  return (
    <Card data-testid="upload-monitor">
      <Subtitle2 as="h3">{t("heading")}</Subtitle2>
      <div className={styles.body}>
        <Body1>{t("intro")}</Body1>
        <div className={styles.row}>
          <Field label={t("batch")}>
            <Select
              value={String(batchIndex)}
              onChange={(_, data) => setBatchIndex(Number(data.value))}
              disabled={watch !== null}
            >
              {batches.map((candidate) => (
                <option key={candidate.index} value={candidate.index}>
                  {`${candidate.index}. ${candidate.entries[0]!.year} — ${candidate.entries.map((entry) => entry.folder).join(", ")}`}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t("destination", { inbox: folderNames.inbox })}
            validationState={problem?.kind === "notFound" ? "error" : "none"}
            validationMessage={
              problem?.kind === "notFound" ? t("notFound", { path: problem.path }) : undefined
            }
          >
            <Input
              value={destination}
              onChange={(_, data) => setDestination(data.value)}
              disabled={watch !== null}
              data-testid="monitor-destination"
            />
          </Field>
          {watch ? (
            <Button onClick={stop}>{t("stop")}</Button>
          ) : (
            <Button appearance="primary" onClick={() => void start()} data-testid="monitor-start">
              {t("start")}
            </Button>
          )}
        </div>
        {problem?.kind === "failed" && <ErrorBar error={problem.error} />}
        {problem?.kind === "throttled" && <Body1>{t("throttled")}</Body1>}
        {watch && progress && (
          <div
            className={styles.body}
            data-testid="monitor-progress"
            data-arrived={progress.arrivedItems}
          >
            <ProgressBar value={progress.fraction} thickness="large" />
            <Body1>
              {t("status", { count: progress.arrivedItems, total: watch.batch.items })}
              {progress.itemsPerMinute !== null &&
                ` · ${t("rate", { rate: Math.round(progress.itemsPerMinute) })}`}
              {progress.minutesLeft !== null &&
                !progress.done &&
                ` · ${t("left", { count: Math.ceil(progress.minutesLeft) })}`}
            </Body1>
            {progress.done && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{t("done")}</MessageBarBody>
              </MessageBar>
            )}
            {progress.stalled && (
              <MessageBar intent="warning" layout="multiline" data-testid="monitor-stalled">
                <MessageBarBody>{t("stalled")}</MessageBarBody>
              </MessageBar>
            )}
            {watch.throttled && <Body1>{t("throttled")}</Body1>}
          </div>
        )}
      </div>
    </Card>
  );
}
