import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Badge,
  Body1,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatBytes } from "@contracts/formatBytes.js";
import type { FolderNames } from "@contracts/wellKnownFolders.js";
import type { MailboxDiagnosisHandle } from "../mailbox/useMailboxDiagnosis.js";
import { UploadMonitor } from "./UploadMonitor.js";
import { PstImport } from "./PstImport.js";
import {
  DEFAULT_BATCH_BYTES,
  offlineCacheSetting,
  parseLocaleNumber,
  parsePstList,
  planBatches,
} from "../migrate/planBatches.js";

const GB = 1024 ** 3;
const BATCH_SIZES = [0.5 * GB, DEFAULT_BATCH_BYTES, 2 * GB, 5 * GB];

const useStyles = makeStyles({
  view: { display: "grid", gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  // Fluent's badge is one line high; this one's words wrap at 380 px and must stay inside it.
  wrappingBadge: { height: "auto", whiteSpace: "normal", paddingBlock: tokens.spacingVerticalXXS },
});

/** Plans the upload of an old .pst back to the server: batches, order, space, offline cache. */
export function MigrateView({
  serviceMode,
  mailbox,
  folderNames,
}: {
  serviceMode: "demo" | "live";
  mailbox: MailboxDiagnosisHandle;
  folderNames: FolderNames;
}) {
  const { t, i18n } = useTranslation(["migrate", "common"]);
  const styles = useStyles();
  // Nothing is planned until the user enters what their .pst holds: the example is a placeholder.
  const [text, setText] = useState("");
  const [batchBytes, setBatchBytes] = useState(DEFAULT_BATCH_BYTES);
  const [freeDiskGb, setFreeDiskGb] = useState("");
  const size = (bytes: number) => formatBytes(bytes, i18n.language);

  // The mailbox's free space comes from the taskpane's one mailbox reading (read now if not yet done).
  const { state, run } = mailbox;
  useEffect(() => {
    if (state.kind === "idle") run();
  }, [state.kind, run]);
  const storage = state.kind === "done" ? state.result.storage : null;

  const parsed = useMemo(() => parsePstList(text, i18n.language), [text, i18n.language]);
  const plan = useMemo(() => planBatches(parsed.entries, batchBytes), [parsed, batchBytes]);
  const free = storage ? Math.max(0, storage.quotaBytes - storage.usedBytes) : null;
  const freeDisk = freeDiskGb.trim() ? parseLocaleNumber(freeDiskGb, i18n.language) : null;
  const freeDiskValid = freeDisk === null || (Number.isFinite(freeDisk) && freeDisk > 0);
  const cache =
    freeDisk !== null && freeDiskValid
      ? offlineCacheSetting(freeDisk * GB, plan.totalBytes + (storage?.usedBytes ?? 0))
      : null;

  return (
    <div className={styles.view} data-testid="migrate-view">
      <PstImport serviceMode={serviceMode} freeBytes={free} />
      <Card>
        <Subtitle2 as="h2">{t("heading")}</Subtitle2>
        <Body1>{t("intro")}</Body1>
        <Field label={t("paste")} hint={t("pasteHint")}>
          <Textarea
            value={text}
            placeholder={t("example")}
            onChange={(_, data) => setText(data.value)}
            rows={6}
            data-testid="migrate-input"
          />
        </Field>
        {parsed.unreadable.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="migrate-unreadable">
            <MessageBarBody>
              {t("unreadable.intro", { count: parsed.unreadable.length })}
              <ul className={styles.list}>
                {parsed.unreadable.map((line) => (
                  <li key={line.line}>
                    {t(`unreadable.${line.problem}`, { line: line.line, text: line.text })}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={t("batchSize")}>
          <Select
            value={String(batchBytes)}
            onChange={(_, data) => setBatchBytes(Number(data.value))}
          >
            {BATCH_SIZES.map((bytes) => (
              <option key={bytes} value={bytes}>
                {size(bytes)}
              </option>
            ))}
          </Select>
        </Field>
      </Card>
      {plan.batches.length === 0 ? (
        <Card data-testid="migrate-plan">
          <Body1 data-testid="migrate-empty">{t("empty")}</Body1>
        </Card>
      ) : (
        <Card data-testid="migrate-plan">
          <Subtitle2 as="h3">
            {t("planTitle", {
              batches: t("common:count.batches", { count: plan.batches.length }),
              size: size(plan.totalBytes),
              messages: t("common:count.messages", { count: plan.totalItems }),
            })}
          </Subtitle2>
          {free !== null && (
            <MessageBar
              intent={plan.totalBytes > free ? "error" : "success"}
              layout="multiline"
              data-testid="migrate-space"
            >
              <MessageBarBody>
                {t(plan.totalBytes > free ? "spaceShort" : "spaceOk", {
                  needed: size(plan.totalBytes),
                  free: size(free),
                  deletedItems: folderNames.deleteditems,
                  junkEmail: folderNames.junkemail,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <ol className={styles.list}>
            {plan.batches.map((batch) => (
              <li key={batch.index} data-testid="migrate-batch">
                {t("batch", {
                  year: batch.entries[0]!.year,
                  folders: batch.entries.map((entry) => entry.folder).join(", "),
                  size: size(batch.sizeBytes),
                  messages: t("common:count.messages", { count: batch.items }),
                })}{" "}
                {batch.oversized && (
                  <Badge color="warning" className={styles.wrappingBadge}>
                    {t("oversized")}
                  </Badge>
                )}
              </li>
            ))}
          </ol>
          <Body1>{t("howTo")}</Body1>
        </Card>
      )}
      {plan.batches.length > 0 && (
        <UploadMonitor batches={plan.batches} serviceMode={serviceMode} folderNames={folderNames} />
      )}
      <Card>
        <Subtitle2 as="h3">{t("cacheTitle")}</Subtitle2>
        <Field
          label={t("freeDisk")}
          validationState={freeDiskValid ? "none" : "error"}
          validationMessage={freeDiskValid ? undefined : t("freeDiskInvalid")}
        >
          <Input
            value={freeDiskGb}
            placeholder={t("freeDiskExample")}
            onChange={(_, data) => setFreeDiskGb(data.value)}
            inputMode="decimal"
            data-testid="migrate-free-disk"
          />
        </Field>
        {cache && <Body1 data-testid="migrate-cache">{t(`cache.${cache}`)}</Body1>}
      </Card>
    </div>
  );
}
