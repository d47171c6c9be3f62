// Runs every account check over the facts and returns translated findings, most severe first.
import type { DiagnoseRequest, DiagnoseResponse } from "@contracts/diagnosis.js";
import type { Locale } from "@contracts/locales.js";
import { hostKind } from "@contracts/hostKind.js";
import { renderFindings, type Translate } from "../findings.js";
import type { DomainDns } from "@contracts/connectivity.js";
import {
  parseEmail,
  providerSummary,
  resolveProvider,
  type ParsedAddress,
} from "../providers/lookup.js";
import type { Check, CheckContext } from "./check.js";
import { CHECKS } from "./checks.js";

/** The address a diagnosis is about: the one typed, else the one Outlook reports (null: none). */
export const diagnosedAddress = (request: DiagnoseRequest): string | null =>
  request.email?.trim() || request.snapshot.emailAddress;

/**
 * Throws InvalidEmailError when the address given is not an email address. `dns`: the DNS facts of
 * the address's domain when the catalog does not know it (the service looks them up first).
 */
export function diagnose(
  request: DiagnoseRequest,
  t: Translate,
  locale: Locale,
  dns: DomainDns | null = null,
  checks: readonly Check[] = CHECKS
): Omit<DiagnoseResponse, "locale"> {
  const given = diagnosedAddress(request);
  const address: ParsedAddress | null = given ? parseEmail(given) : null;
  const facts = address && dns?.domain === address.domain ? dns : null;
  const resolved = address ? resolveProvider(address.domain, facts?.mx ?? null) : null;
  const provider = resolved?.provider ?? null;
  const context: CheckContext = {
    snapshot: request.snapshot,
    answers: request.answers ?? {},
    host: hostKind(request.snapshot),
    address,
    provider,
    evidence: resolved?.evidence ?? null,
    dns: facts,
  };
  return {
    email: address?.email ?? null,
    provider: provider ? providerSummary(provider) : null,
    findings: renderFindings(
      checks.flatMap((check) => check(context)),
      t,
      locale
    ),
  };
}
