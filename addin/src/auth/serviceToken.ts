// The bearer token for mailbox endpoints. None in demo mode (the service serves only the demo
// mailbox). In live mode, the sign-in methods the host offers are tried in order (signInMethods.ts)
// until one gives a token; the token is kept in memory only, until shortly before it expires, and
// the method that worked is tried first next time.
import type { SignInConfig } from "../../../contracts/signIn.js";
import { ApiError, getSignInConfig } from "../api/client.js";
import { getOfficeAccessToken } from "../office/officeAuth.js";
import { openSignInDialog } from "../office/officeDialog.js";
import { readSignInHost } from "../office/signInHost.js";
import { fromJwt, isFresh, type AcquiredToken } from "./acquiredToken.js";
import { decodeDialogMessage } from "./dialogMessage.js";
import { DIALOG_PAGE_PATH, browserPopupToken, nestedAppToken, pageUrl } from "./msalSignIn.js";
import { SignInError, fromMsalError } from "./signInError.js";
import { signInMethods, type SignInHost, type SignInMethod } from "./signInMethods.js";

let current: AcquiredToken | null = null;
let preferred: SignInMethod | null = null;
let config: Promise<SignInConfig> | null = null;
const listeners = new Set<(username: string | null) => void>();

export const serviceToken = async (mode: "demo" | "live"): Promise<string | null> => (mode === "demo" ? null : (await signIn()).accessToken);

/** Who is signed in (null before the first sign-in), for the views. */
export function onSignedInChange(listener: (username: string | null) => void): () => void {
  listeners.add(listener);
  listener(current?.username ?? null);
  return () => listeners.delete(listener);
}

async function signIn(): Promise<AcquiredToken> {
  if (current && isFresh(current)) return current;
  const host = readSignInHost();
  const available = signInMethods(host);
  if (available.length === 0) throw new SignInError("unsupported_host");
  const methods = preferred && available.includes(preferred) ? [preferred, ...available.filter((method) => method !== preferred)] : available;
  const settings = await signInConfig();
  let lastError = new SignInError("failed");
  for (const method of methods) {
    try {
      current = await acquire(method, settings, host);
      preferred = method;
      for (const listener of listeners) listener(current.username || null);
      return current;
    } catch (error) {
      lastError = fromMsalError(error);
      if (lastError.final) break;
    }
  }
  throw lastError;
}

async function acquire(method: SignInMethod, settings: SignInConfig, host: SignInHost): Promise<AcquiredToken> {
  switch (method) {
    case "nestedApp":
      return nestedAppToken(settings, host.mailboxAddress);
    case "officeSso":
      return fromJwt(await getOfficeAccessToken());
    case "officeDialog": {
      const url = new URL(pageUrl(DIALOG_PAGE_PATH));
      if (host.mailboxAddress) url.searchParams.set("hint", host.mailboxAddress);
      const message = decodeDialogMessage(await openSignInDialog(url.href));
      if (message.status === "error") throw fromMsalError({ errorCode: message.code });
      return message;
    }
    case "browserPopup":
      return browserPopupToken(settings);
  }
}

function signInConfig(): Promise<SignInConfig> {
  config ??= getSignInConfig().catch((error: unknown) => {
    config = null;
    throw error instanceof ApiError && error.code === "demo_mode" ? new SignInError("not_configured") : new SignInError("failed", error instanceof ApiError ? error.code : "config");
  });
  return config;
}
