// Why an import stopped before its end for a reason outside any one message, as a code the page
// turns into words in the user's language; the English detail is for the console, never the page.
export type InterruptionReason =
  /** No Graph token: the sign-in was cancelled or refused. */
  | "signIn"
  /** Microsoft did not answer (the network, or Graph down) after the retries. */
  | "unreachable"
  /** Microsoft answered with a refusal where the import cannot go on (a listing, the read-back). */
  | "refused"
  /** The .pst changed since it was read (moved, rewritten by Outlook). */
  | "fileChanged"
  | "other";

export class ImportInterruption extends Error {
  constructor(
    readonly reason: InterruptionReason,
    detail: string
  ) {
    super(detail);
    this.name = "ImportInterruption";
  }
}

/** The reason behind any error an import run ends with. */
export const interruptionReasonOf = (error: unknown): InterruptionReason =>
  error instanceof ImportInterruption ? error.reason : "other";
