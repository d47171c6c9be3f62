/**
 * `GET /api/auth/config` in live mode: what msal-browser needs to sign the user in for our API.
 * The service answers 404 `demo_mode` when no Azure app is configured (no sign-in is needed then).
 */
export interface SignInConfig {
  /** The Azure app registration's application (client) id. */
  clientId: string;
  /** https://login.microsoftonline.com/common: work, school and personal Microsoft accounts. */
  authority: string;
  /** The delegated scope of our API, e.g. api://mailbridge.example.org/<client id>/access_as_user. */
  apiScope: string;
}
