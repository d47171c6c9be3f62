// What a check is: a small pure function from the facts we have to findings. Checks name their
// texts by id; the words come from server/i18n, in the user's language.
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import type { DiagnoseAnswers, FixId, Severity } from "@contracts/diagnosis.js";
import type { HostKind } from "@contracts/hostKind.js";
import type { DomainDns, ProviderEvidence } from "@contracts/connectivity.js";
import type { Provider } from "../providers/catalog.js";
import type { ParsedAddress } from "../providers/lookup.js";

export interface CheckContext {
  snapshot: AccountSnapshot;
  answers: DiagnoseAnswers;
  host: HostKind;
  /** null when neither Outlook nor the user gave an address. */
  address: ParsedAddress | null;
  provider: Provider | null;
  /** How the provider was found (null without an address). */
  evidence: ProviderEvidence | null;
  /** The domain's DNS facts, for a domain the catalog does not know (null otherwise). */
  dns: DomainDns | null;
}

/** A part of the mailbox a finding can name ("could not check the inbox rules"). */
export type Term = "delivery" | "rules" | "settings" | "providerWebsite";

/**
 * A value a finding's text shows, written the reader's way when rendered: text as it is, a number
 * with the locale's digits (`count` also picks the plural form), a size, a percentage (0..1), a
 * word of the catalog, a list ("a, b and c"), or folders with their sizes.
 */
export type FindingParam =
  | string
  | number
  | { bytes: number }
  | { percent: number }
  | { term: Term }
  | { list: string[] }
  | { folders: { name: string; bytes: number }[] };

/** A finding before translation: `id` selects findings.<id>.title/detail; `params` fill them in. */
export interface FindingDraft {
  id: string;
  severity: Severity;
  fixId?: FixId;
  params?: Record<string, FindingParam>;
}

export type Check = (context: CheckContext) => FindingDraft[];
