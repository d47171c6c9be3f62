// How the import worker reaches Graph. Live: Microsoft Graph itself, with a Graph token for
// Mail.ReadWrite that msal-browser gets for the page when the import starts (the service never sees
// the mail nor this token). Demo: the demo mailbox's Graph simulator, same-origin at /demo-graph
// (the service adds the demo token; only the demo mailbox's made-up mail passes through it).
import { getSignInConfig } from "../api/client.js";
import { graphTokenForPage } from "../auth/msalSignIn.js";
import { fromMsalError } from "../auth/signInError.js";
import { readSignInHost } from "../office/signInHost.js";

export interface GraphAccess {
  baseUrl: string;
  /** null: no token needed (demo). */
  token(renew: boolean): Promise<string | null>;
}

export async function graphAccess(mode: "demo" | "live"): Promise<GraphAccess> {
  if (mode === "demo")
    return {
      baseUrl: new URL("demo-graph/v1.0", window.location.href).href,
      token: async () => null,
    };
  const config = await getSignInConfig();
  const host = readSignInHost();
  return {
    baseUrl: config.graphBaseUrl,
    token: async (renew) => {
      try {
        return await graphTokenForPage(
          config,
          config.importScopes,
          host.inOffice && host.nestedAppAuth,
          host.mailboxAddress,
          renew
        );
      } catch (error) {
        throw fromMsalError(error);
      }
    },
  };
}
