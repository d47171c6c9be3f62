// Turns check results (FindingDrafts) into findings in the user's language, most severe first.
// Checks stay language-free: their parameters are typed values (a size, a number, a list, a word
// of the catalog) that are written here the reader's way.
import type { Finding, Severity } from "@contracts/diagnosis.js";
import type { Locale } from "@contracts/locales.js";
import { formatBytes } from "@contracts/formatBytes.js";
import { conjunction, numberFormat } from "@contracts/intlFormats.js";
import type { FindingDraft, FindingParam } from "./diagnosis/check.js";

/** Looks a key up in the service's catalog (server/i18n); `count` picks the plural form. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info", "ok"];

export function renderFindings(drafts: FindingDraft[], t: Translate, locale: Locale): Finding[] {
  // Array.prototype.sort is stable: findings of one severity keep the order of the checks.
  return [...drafts]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map((draft) => {
      const params = draft.params && writeParams(draft.params, t, locale);
      return {
        id: draft.id,
        severity: draft.severity,
        title: t(`${draft.id}.title`, params),
        detail: t(`${draft.id}.detail`, params),
        ...(draft.fixId ? { fixId: draft.fixId } : {}),
      };
    });
}

function writeParams(
  params: Record<string, FindingParam>,
  t: Translate,
  locale: Locale
): Record<string, string | number> {
  const list = (items: string[]) => conjunction(locale).format(items);
  const write = (name: string, value: FindingParam): string | number => {
    // i18next picks the plural form from a numeric `count`; the text formats it ({{count, number}}).
    if (typeof value === "number")
      return name === "count" ? value : numberFormat(locale).format(value);
    if (typeof value === "string") return value;
    if ("bytes" in value) return formatBytes(value.bytes, locale);
    if ("percent" in value) return numberFormat(locale, { style: "percent" }).format(value.percent);
    if ("term" in value) return t(`parts.${value.term}`);
    if ("list" in value) return list(value.list);
    return list(
      value.folders.map((folder) => `${folder.name} (${formatBytes(folder.bytes, locale)})`)
    );
  };
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, write(name, value)])
  );
}
