// msal-browser, loaded only when someone signs in (its chunk stays out of the first paint). Two uses:
// nested app authentication inside Outlook, and a pop-up sign-in on the standalone page. The Office
// dialog page (signInDialog.ts) uses the redirect flow of the same library.
import type { IPublicClientApplication, PopupRequest } from "@azure/msal-browser";
import { SIGN_IN_PAGES, type ConsentPurpose, type SignInConfig } from "@contracts/signIn.js";
import { fromMsalResult, type AcquiredToken } from "./acquiredToken.js";

export const pageUrl = (path: string): string => new URL(path, window.location.href).href;

let nested: Promise<IPublicClientApplication> | null = null;
let standalone: Promise<IPublicClientApplication> | null = null;

/**
 * The token is for our API; the prompt also asks consent for the Graph permissions the service will
 * use On-Behalf-Of the user (read at first, write when rules are applied), because the service
 * cannot prompt anyone.
 */
export const interactiveRequest = (
  config: SignInConfig,
  consent: ConsentPurpose | null
): PopupRequest => ({
  scopes: [config.apiScope],
  extraScopesToConsent: config.graphScopes[consent ?? "read"],
});

/** What the service said of the last token: a consent is missing, or the token was refused (get a new one, not the cached one). */
export interface Renewal {
  consent: ConsentPurpose | null;
  forceRefresh: boolean;
}

/** `consent` set: the service reported a missing consent, so the host is asked for it before the API token. */
export async function nestedAppToken(
  config: SignInConfig,
  loginHint: string | null,
  { consent, forceRefresh }: Renewal
): Promise<AcquiredToken> {
  nested ??= import("@azure/msal-browser").then(({ createNestablePublicClientApplication }) =>
    createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority },
    })
  );
  const client = await nested;
  const hint = loginHint ? { loginHint } : {};
  if (consent) {
    // Requests over the host's bridge carry no extraScopesToConsent. Asking the host for the Graph
    // permissions themselves has the user consent to them for this app, which is what the service's
    // On-Behalf-Of exchange needs; the Graph token itself is not used.
    await client.acquireTokenPopup({ scopes: config.graphScopes[consent], ...hint });
  }
  try {
    return fromMsalResult(
      await client.acquireTokenSilent({ scopes: [config.apiScope], forceRefresh, ...hint })
    );
  } catch {
    // falls through to the host's own prompt (no browser pop-up is involved)
  }
  return fromMsalResult(await client.acquireTokenPopup({ scopes: [config.apiScope], ...hint }));
}

/** `consent` set: the service reported a missing consent, so the user is prompted (no silent attempt). */
export async function browserPopupToken(
  config: SignInConfig,
  { consent, forceRefresh }: Renewal
): Promise<AcquiredToken> {
  standalone ??= standardClient(config, pageUrl(SIGN_IN_PAGES.popupRedirect));
  const client = await standalone;
  const account = client.getAllAccounts()[0];
  if (account && !consent) {
    try {
      return fromMsalResult(
        await client.acquireTokenSilent({ scopes: [config.apiScope], account, forceRefresh })
      );
    } catch {
      // expired refresh token, consent revoked, …: ask the user again below.
    }
  }
  return fromMsalResult(
    await client.acquireTokenPopup({
      ...interactiveRequest(config, consent),
      ...(account ? { account } : { prompt: "select_account" }),
    })
  );
}

/**
 * A Graph token for the page itself (the .pst importer sends mail to Graph from the browser):
 * silently when the user already consented, otherwise a prompt — only when an import starts.
 */
export async function graphTokenForPage(
  config: SignInConfig,
  scopes: string[],
  inOutlookWithNestedAuth: boolean,
  loginHint: string | null,
  forceRefresh: boolean
): Promise<string> {
  if (inOutlookWithNestedAuth) {
    nested ??= import("@azure/msal-browser").then(({ createNestablePublicClientApplication }) =>
      createNestablePublicClientApplication({
        auth: { clientId: config.clientId, authority: config.authority },
      })
    );
    const client = await nested;
    const hint = loginHint ? { loginHint } : {};
    try {
      return (await client.acquireTokenSilent({ scopes, forceRefresh, ...hint })).accessToken;
    } catch {
      return (await client.acquireTokenPopup({ scopes, ...hint })).accessToken;
    }
  }
  standalone ??= standardClient(config, pageUrl(SIGN_IN_PAGES.popupRedirect));
  const client = await standalone;
  const account = client.getAllAccounts()[0];
  if (account) {
    try {
      return (await client.acquireTokenSilent({ scopes, account, forceRefresh })).accessToken;
    } catch {
      // consent missing or expired: the prompt below
    }
  }
  return (
    await client.acquireTokenPopup({
      scopes,
      ...(account ? { account } : { prompt: "select_account" }),
    })
  ).accessToken;
}

/** A standard (non-nested) client; tokens stay in this tab's sessionStorage only. */
export async function standardClient(
  config: SignInConfig,
  redirectUri: string
): Promise<IPublicClientApplication> {
  const { createStandardPublicClientApplication } = await import("@azure/msal-browser");
  return createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri },
    cache: { cacheLocation: "sessionStorage" },
  });
}
