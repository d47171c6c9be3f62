// How the import worker reaches Graph. Live: Microsoft Graph itself, with a Graph token for
// Mail.ReadWrite that msal-browser gets for the page when the import starts (the service never sees
// the mail nor this token). Demo: the visitor's demo mailbox in the Graph simulator, same-origin at
// /demo-graph; the page's "token" is its demo visitor id, which the service swaps for the mailbox's
// (only the demo mailbox's made-up mail passes through it).
import { demoVisitor, getSignInConfig } from "../api/client.js";
import { graphTokenForPage } from "../auth/msalSignIn.js";
import { fromMsalError } from "../auth/signInError.js";
import { readSignInHost } from "../office/signInHost.js";

export interface GraphAccess {
  baseUrl: string;
  /** null: none could be had (sign-in cancelled or refused). */
  token(renew: boolean): Promise<string | null>;
}

export async function graphAccess(mode: "demo" | "live"): Promise<GraphAccess> {
  if (mode === "demo")
    return {
      baseUrl: new URL("demo-graph/v1.0", window.location.href).href,
      token: async () => demoVisitor(),
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
