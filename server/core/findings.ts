// Turns check results (FindingDrafts) into findings in the user's language, most severe first.
import type { Finding, Severity } from "@contracts/diagnosis.js";
import type { Locale } from "@contracts/locales.js";
import { formatBytes } from "@contracts/formatBytes.js";
import type { FindingDraft } from "./diagnosis/check.js";

export type Translate = (key: string, params?: Record<string, string>) => string;

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info", "ok"];

export function renderFindings(drafts: FindingDraft[], t: Translate, locale: Locale): Finding[] {
  return drafts
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.draft.severity) - SEVERITY_ORDER.indexOf(b.draft.severity) ||
        a.index - b.index
    )
    .map(({ draft }) => {
      const params = translateParams(draft.params, t, locale);
      return {
        id: draft.id,
        severity: draft.severity,
        title: t(`findings.${draft.id}.title`, params),
        detail: t(`findings.${draft.id}.detail`, params),
        ...(draft.fixId ? { fixId: draft.fixId } : {}),
      };
    });
}

/**
 * Checks stay language-free: a parameter written "t:key" is itself a text to translate, and
 * "bytes:N" a size to write the user's way (14.2 GB / 14,2 Go).
 */
function translateParams(
  params: Record<string, string> | undefined,
  t: Translate,
  locale: Locale
): Record<string, string> | undefined {
  if (!params) return undefined;
  const localise = (value: string) =>
    value.replace(/\bbytes:(\d+)/g, (_, bytes: string) => formatBytes(Number(bytes), locale));
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      value.startsWith("t:") ? t(value.slice(2)) : localise(value),
    ])
  );
}
