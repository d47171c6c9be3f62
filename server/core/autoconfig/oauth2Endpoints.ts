// The <oAuth2> block of clientConfig v1.1 (issuer, scope, authURL, tokenURL) for providers whose mail
// servers take OAuth2, each with its public source. Thunderbird itself uses its own table for known
// hosts; other clients read these from the XML.
export interface OAuth2Endpoints {
  issuer: string;
  scope: string;
  authURL: string;
  tokenURL: string;
  source: string;
}

const ISPDB = "https://github.com/thunderbird/autoconfig/blob/master/ispdb";

/** By provider id (server/core/providers/catalog/<id>.json). */
export const OAUTH2_ENDPOINTS: ReadonlyMap<string, OAuth2Endpoints> = new Map([
  [
    "google",
    {
      issuer: "accounts.google.com",
      scope:
        "https://mail.google.com/ https://www.googleapis.com/auth/contacts https://www.googleapis.com/auth/calendar https://www.googleapis.com/auth/carddav",
      authURL: "https://accounts.google.com/o/oauth2/auth",
      tokenURL: "https://www.googleapis.com/oauth2/v3/token",
      source: `${ISPDB}/googlemail.com.xml`,
    },
  ],
  [
    "yahoo",
    {
      issuer: "login.yahoo.com",
      scope: "mail-w",
      authURL: "https://api.login.yahoo.com/oauth2/request_auth",
      tokenURL: "https://api.login.yahoo.com/oauth2/get_token",
      source: `${ISPDB}/yahoo.com.xml`,
    },
  ],
  [
    "microsoft-365",
    {
      issuer: "login.microsoftonline.com",
      scope:
        "https://outlook.office365.com/IMAP.AccessAsUser.All https://outlook.office365.com/POP.AccessAsUser.All https://outlook.office365.com/SMTP.Send offline_access",
      authURL: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
      tokenURL: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
      source: `${ISPDB}/office365.com.xml`,
    },
  ],
  [
    // ISPDB's hotmail.com.xml has no <oAuth2>; Thunderbird's own table gives these for Outlook.com's
    // hosts, with the scopes Microsoft documents for IMAP, POP and SMTP.
    "microsoft-consumer",
    {
      issuer: "login.microsoftonline.com",
      scope:
        "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access",
      authURL: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
      tokenURL: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
      source:
        "https://github.com/mozilla/releases-comm-central/blob/master/mailnews/base/src/OAuth2Providers.sys.mjs",
    },
  ],
]);
