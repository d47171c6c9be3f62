import { useTranslation } from "react-i18next";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { StorageSummary } from "@contracts/mailbox.js";
import { formatBytes } from "@contracts/formatBytes.js";

const useStyles = makeStyles({
  chart: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  row: { display: "grid", gap: tokens.spacingVerticalXXS },
  label: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  track: {
    height: "10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "hidden",
  },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  full: { backgroundColor: tokens.colorPaletteRedBackground3 },
  reclaimable: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
});

/** Where the space goes, drawn: used vs quota, the biggest folders, and what emptying would free. */
export function StorageChart({ storage }: { storage: StorageSummary }) {
  const { t, i18n } = useTranslation("mailbox");
  const styles = useStyles();
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const largest = Math.max(1, ...storage.biggest.map((folder) => folder.sizeBytes));
  const usedShare = Math.min(1, storage.usedBytes / storage.quotaBytes);
  // A bar with a label is an image of that share; a folder's bar repeats the name and size beside
  // it, so it is hidden from screen readers.
  const bar = (share: number, className?: string, label?: string) => (
    <div
      className={styles.track}
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
    >
      <div
        className={`${styles.bar} ${className ?? ""}`}
        style={{ width: `${Math.max(1, Math.round(share * 100))}%` }}
      />
    </div>
  );
  /** One folder: its name and size, and a bar of `share`. */
  const folderRow = (
    key: string,
    name: string,
    sizeBytes: number,
    share: number,
    className?: string
  ) => (
    <div key={key} className={styles.row}>
      <div className={styles.label}>
        <span>{name}</span>
        <span>{size(sizeBytes)}</span>
      </div>
      {bar(share, className)}
    </div>
  );
  return (
    <figure className={styles.chart} data-testid="storage-chart" aria-label={t("chart.title")}>
      <div className={styles.row}>
        <div className={styles.label}>
          <strong>{t("chart.used")}</strong>
          <span>
            {t("chart.usedOf", {
              used: size(storage.usedBytes),
              quota: size(storage.quotaBytes),
            })}
          </span>
        </div>
        {bar(
          usedShare,
          usedShare >= 0.9 ? styles.full : undefined,
          new Intl.NumberFormat(i18n.language, { style: "percent" }).format(usedShare)
        )}
      </div>
      <Caption1>{t("chart.biggest")}</Caption1>
      {storage.biggest.map((folder) =>
        folderRow(folder.name, folder.name, folder.sizeBytes, folder.sizeBytes / largest)
      )}
      {storage.reclaimable.length > 0 && <Caption1>{t("chart.reclaimable")}</Caption1>}
      {storage.reclaimable.map((folder) =>
        folderRow(
          folder.wellKnownName,
          folder.name,
          folder.sizeBytes,
          folder.sizeBytes / storage.quotaBytes,
          styles.reclaimable
        )
      )}
    </figure>
  );
}
