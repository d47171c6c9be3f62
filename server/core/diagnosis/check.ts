// What a check is: a small pure function from the facts we have to findings. Checks name their
// texts by id; the words come from server/i18n, in the user's language.
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import type { DiagnoseAnswers, FixId, Severity } from "@contracts/diagnosis.js";
import type { HostKind } from "@contracts/hostKind.js";
import type { Provider } from "../providers/catalog.js";
import type { ParsedAddress } from "../providers/lookup.js";

export interface CheckContext {
  snapshot: AccountSnapshot;
  answers: DiagnoseAnswers;
  host: HostKind;
  /** null when neither Outlook nor the user gave an address. */
  address: ParsedAddress | null;
  provider: Provider | null;
}

/** A finding before translation: `id` selects findings.<id>.title/detail; `params` fill them in. */
export interface FindingDraft {
  id: string;
  severity: Severity;
  fixId?: FixId;
  params?: Record<string, string>;
}

export type Check = (context: CheckContext) => FindingDraft[];
