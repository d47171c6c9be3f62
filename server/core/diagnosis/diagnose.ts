// Runs every check over the facts and returns translated findings, most severe first.
import type { DiagnoseRequest, DiagnoseResponse, Finding, Severity } from "../../../contracts/diagnosis.js";
import { hostKind } from "../../../contracts/hostKind.js";
import { findProvider, parseEmail, type ParsedAddress } from "../providers/lookup.js";
import type { Check, CheckContext, FindingDraft } from "./check.js";
import { CHECKS } from "./checks.js";

export type Translate = (key: string, params?: Record<string, string>) => string;

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info", "ok"];

/** Throws InvalidEmailError when the address given is not an email address. */
export function diagnose(request: DiagnoseRequest, t: Translate, checks: readonly Check[] = CHECKS): Omit<DiagnoseResponse, "locale"> {
  const given = request.email?.trim() || request.snapshot.emailAddress;
  const address: ParsedAddress | null = given ? parseEmail(given) : null;
  const provider = address ? findProvider(address.domain) : null;
  const context: CheckContext = {
    snapshot: request.snapshot,
    answers: request.answers ?? {},
    host: hostKind(request.snapshot),
    address,
    provider,
  };
  const drafts = checks.flatMap((check) => check(context));
  const sorted = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.draft.severity) - SEVERITY_ORDER.indexOf(b.draft.severity) || a.index - b.index)
    .map(({ draft }) => render(draft, t));
  return {
    email: address?.email ?? null,
    provider: provider ? { id: provider.id, name: provider.name, kind: provider.kind } : null,
    findings: sorted,
  };
}

function render(draft: FindingDraft, t: Translate): Finding {
  return {
    id: draft.id,
    severity: draft.severity,
    title: t(`findings.${draft.id}.title`, draft.params),
    detail: t(`findings.${draft.id}.detail`, draft.params),
    ...(draft.fixId ? { fixId: draft.fixId } : {}),
  };
}
