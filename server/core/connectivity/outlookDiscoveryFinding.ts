import type { OutlookDiscoveryResult } from "@contracts/connectivity.js";
import type { FindingDraft } from "../diagnosis/check.js";

/** What classic Outlook will do with the address, from what Autodiscover told it. */
export function outlookDiscoveryFinding(
  email: string,
  result: OutlookDiscoveryResult,
  url: string | null
): FindingDraft {
  switch (result) {
    case "exchange":
      return { id: "outlook.exchange", severity: "ok", params: { email, url: url ?? "" } };
    case "elsewhere":
      return { id: "outlook.elsewhere", severity: "warning", params: { email, url: url ?? "" } };
    case "not-found":
      return { id: "outlook.notFound", severity: "warning", params: { email } };
    case "unreachable":
      return { id: "outlook.unreachable", severity: "info", params: { email } };
  }
}
