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

/** The taskpane's .pst import writes messages itself: mail only, nothing else. */
export const GRAPH_IMPORT_SCOPES = ["https://graph.microsoft.com/Mail.ReadWrite"];

export type GraphTokenProvider = (user: ValidatedUser, scopes: string[]) => Promise<string>;

export class OboError extends Error {
  constructor(
    code: string,
    /** The user (or an admin) has not yet consented to these Graph permissions: an interactive sign-in can fix it. */
    readonly consentRequired = false
  ) {
    super(code);
  }
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
      // msal errors can quote the request; keep only the codes. AADSTS65001 = consent missing.
      const { errorCode, subError, errorMessage } = error as {
        errorCode?: string;
        subError?: string;
        errorMessage?: string;
      };
      throw new OboError(
        errorCode ?? "obo_failed",
        subError === "consent_required" || /AADSTS65001\b/.test(errorMessage ?? "")
      );
    }
  };
}
