// Runs every account check over the facts and returns translated findings, most severe first.
import type { DiagnoseRequest, DiagnoseResponse } from "@contracts/diagnosis.js";
import type { Locale } from "@contracts/locales.js";
import { hostKind } from "@contracts/hostKind.js";
import { renderFindings, type Translate } from "../findings.js";
import {
  findProvider,
  parseEmail,
  providerSummary,
  type ParsedAddress,
} from "../providers/lookup.js";
import type { Check, CheckContext } from "./check.js";
import { CHECKS } from "./checks.js";

/** Throws InvalidEmailError when the address given is not an email address. */
export function diagnose(
  request: DiagnoseRequest,
  t: Translate,
  locale: Locale,
  checks: readonly Check[] = CHECKS
): Omit<DiagnoseResponse, "locale"> {
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
