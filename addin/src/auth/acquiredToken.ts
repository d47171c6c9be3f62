// A token for our API as every sign-in method hands it back, and how long to keep using it.
import type { AuthenticationResult } from "@azure/msal-browser";

export interface AcquiredToken {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresOn: number;
  /** The Microsoft account that signed in, shown to the user. */
  username: string;
}

/** Renew a little before expiry, so a request does not reach the service with a token about to lapse. */
const RENEW_MARGIN_MS = 5 * 60_000;

export const isFresh = (token: AcquiredToken, now = Date.now()): boolean =>
  token.expiresOn - RENEW_MARGIN_MS > now;

export function fromMsalResult(result: AuthenticationResult): AcquiredToken {
  return {
    accessToken: result.accessToken,
    expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3600_000,
    username: result.account?.username ?? "",
  };
}

/** Office SSO gives a bare JWT: its expiry and user are read from the payload (not verified here: the service does that). */
export function fromJwt(accessToken: string): AcquiredToken {
  try {
    const payload = JSON.parse(
      atob(accessToken.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))
    ) as { exp?: number; preferred_username?: string };
    return {
      accessToken,
      expiresOn: (payload.exp ?? 0) * 1000,
      username: payload.preferred_username ?? "",
    };
  } catch {
    return { accessToken, expiresOn: 0, username: "" };
  }
}
