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
  /**
   * Permissions the service uses On-Behalf-Of the user: the sign-in prompt asks the user to consent
   * to `read` (Graph) at once, to `write` (Graph) only when rules are applied, and to `imap`
   * (Outlook's IMAP) only for the IMAP sign-in test.
   */
  graphScopes: Record<ConsentPurpose, string[]>;
  /**
   * The .pst importer's own Graph token (the page sends mail to Graph itself, the service never sees
   * it): asked for only when an import starts.
   */
  importScopes: string[];
  /** Graph's version root as the page reaches it (Microsoft's; a simulator in tests). */
  graphBaseUrl: string;
}

/** read: the mailbox diagnosis and upload monitor; write: applying unification rules; imap: the IMAP sign-in test. */
export type ConsentPurpose = "read" | "write" | "imap";

/** The taskpane's sign-in pages (built by webpack.config.js), which the app registration lists as SPA redirect URIs. */
export const SIGN_IN_PAGES = {
  /** Opened in the Office dialog; it is its own redirect URI. */
  dialog: "signin-dialog.html",
  /** Where the standalone pop-up lands; it hands the answer back to the window that opened it. */
  popupRedirect: "signin-redirect.html",
} as const;
