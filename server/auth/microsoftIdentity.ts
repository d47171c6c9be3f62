// Names that the Microsoft identity platform and the app registration fix. Issuers, msal authorities
// and the sign-in configuration always name Microsoft's host; only the wire may go elsewhere (the
// simulators of tests and demo mode).
import { SIGN_IN_PAGES } from "@contracts/signIn.js";

export const AUTHORITY_HOST = "https://login.microsoftonline.com";

/** The tenant of personal Microsoft accounts (Outlook.com, Hotmail, Live, MSN): the `tid` of their tokens. */
export const CONSUMER_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";

/** Work, school and personal Microsoft accounts: the audience the app registration must allow. */
export const SIGN_IN_AUTHORITY = `${AUTHORITY_HOST}/common`;

/** The app's Application ID URI, which Office SSO requires to be api://<host of the add-in>/<client id>. */
export function applicationIdUri(publicUrl: string, clientId: string): string {
  return `api://${new URL(publicUrl).host}/${clientId}`;
}

/** The SPA redirect URIs the app registration must list: nested app authentication's broker, then our two sign-in pages. */
export function spaRedirectUris(publicUrl: string): string[] {
  // The pages sit next to taskpane.html, under PUBLIC_URL's path if it has one; the broker's URI is the origin only.
  const base = publicUrl.replace(/\/*$/, "/");
  return [
    `brk-multihub://${new URL(publicUrl).host}`,
    new URL(SIGN_IN_PAGES.dialog, base).href,
    new URL(SIGN_IN_PAGES.popupRedirect, base).href,
  ];
}
