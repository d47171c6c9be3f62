// Exchanges the user's token for a Graph token On-Behalf-Of the user, with @azure/msal-node. The
// authority is the token's own tenant (the consumer tenant for Outlook.com accounts), never /common.
// msal-node caches Graph tokens per user assertion, so repeated calls do not reach the token endpoint.
import { ConfidentialClientApplication, type INetworkModule } from "@azure/msal-node";
import type { ValidatedUser } from "./tokenValidator.js";

/** Least privilege for the diagnosis: read mail metadata and folder sizes, read rules and settings. */
export const GRAPH_READ_SCOPES = [
  "https://graph.microsoft.com/User.Read",
  "https://graph.microsoft.com/Mail.Read",
  "https://graph.microsoft.com/MailboxSettings.Read",
];
/** Applying unification rules: create folders (Mail.ReadWrite) and inbox rules (MailboxSettings.ReadWrite). */
export const GRAPH_WRITE_SCOPES = [
  "https://graph.microsoft.com/User.Read",
  "https://graph.microsoft.com/Mail.ReadWrite",
  "https://graph.microsoft.com/MailboxSettings.ReadWrite",
];

/** Outlook's IMAP, for the IMAP sign-in test only (never for the mailbox diagnosis). */
export const IMAP_SCOPES = ["https://outlook.office.com/IMAP.AccessAsUser.All"];

export type GraphTokenProvider = (user: ValidatedUser, scopes: string[]) => Promise<string>;

/**
 * consent_required: the user (or an admin) has not consented to these Graph permissions; an
 * interactive sign-in fixes it. assertion_expired: the user's token expired before Entra checked it
 * (inside our clock skew); a fresh token fixes it. failed: anything else.
 */
export type OboFailure = "consent_required" | "assertion_expired" | "failed";

export class OboError extends Error {
  constructor(
    /** Microsoft's error code (e.g. invalid_grant), never its message, which can quote the request. */
    readonly code: string,
    readonly failure: OboFailure = "failed"
  ) {
    super(code);
  }
}

/** AADSTS65001: consent missing. AADSTS500133: "Assertion is not within its valid time range". */
function failureOf(error: {
  subError?: string;
  errorMessage?: string;
  errorNo?: string;
}): OboFailure {
  const is = (code: string) =>
    error.errorNo === code || new RegExp(`\\bAADSTS${code}\\b`).test(error.errorMessage ?? "");
  if (error.subError === "consent_required" || is("65001")) return "consent_required";
  if (is("500133")) return "assertion_expired";
  return "failed";
}

export function createOboTokenProvider(options: {
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  networkClient?: INetworkModule;
}): GraphTokenProvider {
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authority: `${options.authorityHost}/organizations`,
    },
    system: {
      ...(options.networkClient ? { networkClient: options.networkClient } : {}),
      loggerOptions: { piiLoggingEnabled: false },
    },
  });
  return async (user, scopes) => {
    try {
      const result = await app.acquireTokenOnBehalfOf({
        oboAssertion: user.assertion,
        scopes,
        authority: `${options.authorityHost}/${user.tid}`,
      });
      if (!result?.accessToken) throw new OboError("no access token");
      return result.accessToken;
    } catch (error) {
      if (error instanceof OboError) throw error;
      // msal errors can quote the request; keep only the codes.
      const details = error as {
        errorCode?: string;
        subError?: string;
        errorMessage?: string;
        errorNo?: string;
      };
      throw new OboError(details.errorCode ?? "obo_failed", failureOf(details));
    }
  };
}
