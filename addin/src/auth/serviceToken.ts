// The bearer token for mailbox endpoints. None in demo mode (the service serves only the demo
// mailbox). In live mode, the sign-in methods the host offers are tried in order (signInMethods.ts)
// until one gives a token; the token is kept in memory only, until shortly before it expires, and
// the method that worked is tried first next time. See withServiceToken for what happens when the
// service refuses a call for want of consent or of a valid token.
import { SIGN_IN_PAGES, type ConsentPurpose, type SignInConfig } from "@contracts/signIn.js";
import { ApiError, getSignInConfig } from "../api/client.js";
import { getOfficeAccessToken } from "../office/officeAuth.js";
import { openSignInDialog } from "../office/officeDialog.js";
import { readSignInHost } from "../office/signInHost.js";
import { fromJwt, isFresh, type AcquiredToken } from "./acquiredToken.js";
import { decodeDialogMessage } from "./dialogMessage.js";
import { browserPopupToken, nestedAppToken, pageUrl, type Renewal } from "./msalSignIn.js";
import { SignInError, fromMsalError } from "./signInError.js";
import { signInMethods, type SignInHost, type SignInMethod } from "./signInMethods.js";

let current: AcquiredToken | null = null;
let preferred: SignInMethod | null = null;
let config: Promise<SignInConfig> | null = null;
const listeners = new Set<(username: string | null) => void>();
/** Consents the service asked for and the user has not given yet: the next attempt prompts at once (still within the click). */
const consentNeeded = new Set<ConsentPurpose>();

/**
 * Calls the service with the user's token (none in demo mode). If the service needs a consent, the
 * user is asked and the call repeated once; if it refuses the token (401: expired early, revoked), a
 * new one is fetched — not the cached one — and the call repeated once.
 */
export async function withServiceToken<T>(
  mode: "demo" | "live",
  purpose: ConsentPurpose,
  call: (token: string | null) => Promise<T>
): Promise<T> {
  if (mode === "demo") return call(null);
  const token = await signIn({
    consent: consentNeeded.has(purpose) ? purpose : null,
    forceRefresh: false,
  });
  try {
    return await call(token.accessToken);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === "consent_required") {
      consentNeeded.add(purpose);
      return call((await signIn({ consent: purpose, forceRefresh: false })).accessToken);
    }
    if (error.status === 401)
      return call((await signIn({ consent: null, forceRefresh: true })).accessToken);
    throw error;
  }
}

/** Who is signed in (null before the first sign-in), for the views. */
export function onSignedInChange(listener: (username: string | null) => void): () => void {
  listeners.add(listener);
  listener(current?.username ?? null);
  return () => listeners.delete(listener);
}

async function signIn(renewal: Renewal): Promise<AcquiredToken> {
  const { consent } = renewal;
  if (!consent && !renewal.forceRefresh && current && isFresh(current)) return current;
  const host = readSignInHost();
  // Office SSO cannot ask for consent to Graph permissions: only the other methods can.
  const available = signInMethods(host).filter((method) => !consent || method !== "officeSso");
  if (available.length === 0) throw new SignInError("unsupported_host");
  const methods =
    preferred && available.includes(preferred)
      ? [preferred, ...available.filter((method) => method !== preferred)]
      : available;
  const settings = await signInConfig();
  let lastError = new SignInError("failed");
  for (const method of methods) {
    try {
      current = await acquire(method, settings, host, renewal);
      preferred = method;
      if (consent) consentNeeded.delete(consent);
      for (const listener of listeners) listener(current.username || null);
      return current;
    } catch (error) {
      lastError = fromMsalError(error);
      if (lastError.final) break;
    }
  }
  throw lastError;
}

async function acquire(
  method: SignInMethod,
  settings: SignInConfig,
  host: SignInHost,
  renewal: Renewal
): Promise<AcquiredToken> {
  switch (method) {
    case "nestedApp":
      return nestedAppToken(settings, host.mailboxAddress, renewal);
    case "officeSso":
      return fromJwt(await getOfficeAccessToken());
    case "officeDialog": {
      const url = new URL(pageUrl(SIGN_IN_PAGES.dialog));
      if (host.mailboxAddress) url.searchParams.set("hint", host.mailboxAddress);
      if (renewal.consent) url.searchParams.set("consent", renewal.consent);
      const message = decodeDialogMessage(await openSignInDialog(url.href));
      if (message.status === "error") throw fromMsalError({ errorCode: message.code });
      return message;
    }
    case "browserPopup":
      return browserPopupToken(settings, renewal);
  }
}

function signInConfig(): Promise<SignInConfig> {
  config ??= getSignInConfig().catch((error: unknown) => {
    config = null;
    throw error instanceof ApiError && error.code === "demo_mode"
      ? new SignInError("not_configured")
      : new SignInError("failed", error instanceof ApiError ? error.code : "config");
  });
  return config;
}
