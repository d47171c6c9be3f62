import type { ImapTestResult } from "@contracts/connectivity.js";
import type { FindingDraft } from "../diagnosis/check.js";

/** The IMAP sign-in test's result as a person reads it, with what to do. */
export function imapTestFinding(
  email: string,
  server: string,
  result: ImapTestResult
): FindingDraft {
  const params = { email, server };
  switch (result) {
    case "works":
      return { id: "imap.works", severity: "ok", params };
    case "imap-off":
      return { id: "imap.off", severity: "warning", fixId: "enable-imap", params };
    case "refused":
      return { id: "imap.refused", severity: "error", params };
    case "unreachable":
      return { id: "imap.unreachable", severity: "warning", params };
  }
}
