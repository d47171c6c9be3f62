// Names that the Microsoft identity platform and the app registration fix. Issuers, msal authorities
// and the sign-in configuration always name Microsoft's host; only the wire may go elsewhere (the
// simulators of tests and demo mode).

export const AUTHORITY_HOST = "https://login.microsoftonline.com";

/** Work, school and personal Microsoft accounts: the audience the app registration must allow. */
export const SIGN_IN_AUTHORITY = `${AUTHORITY_HOST}/common`;

/** The app's Application ID URI, which Office SSO requires to be api://<host of the add-in>/<client id>. */
export function applicationIdUri(publicUrl: string, clientId: string): string {
  return `api://${new URL(publicUrl).host}/${clientId}`;
}
