// Which ways of signing in to try, in order, for a given host. From Microsoft's documentation:
// - Nested app authentication (msal-browser inside the host) is Outlook's recommended SSO, but the
//   NestedAppAuth 1.1 requirement set is reported as unsupported when the add-in is loaded in an
//   Outlook.com or Gmail mailbox, and the general NAA page claims personal accounts work: so the
//   host is asked at run time (isSetSupported), never assumed.
// - Office.auth.getAccessToken (legacy Office SSO) is documented as unsupported for Outlook.com
//   mailboxes: it is skipped there, tried elsewhere when NAA is missing or fails.
// - The Office dialog API with standard msal-browser works for every account type, work or personal:
//   it is the last resort inside Outlook, as in Microsoft's Outlook NAA sample.
// - Outside Outlook (standalone page), msal-browser signs in with a pop-up window.

import type { AccountType } from "@contracts/accountSnapshot.js";

export type SignInMethod = "nestedApp" | "officeSso" | "officeDialog" | "browserPopup";

export interface SignInHost {
  inOffice: boolean;
  /** Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"). */
  nestedAppAuth: boolean;
  /** Office.auth.getAccessToken exists. */
  officeSso: boolean;
  /** Office.context.ui.displayDialogAsync exists. */
  dialogApi: boolean;
  /** userProfile.accountType, or null outside Outlook or on hosts that do not report it. */
  accountType: AccountType | null;
  /** The mailbox open in Outlook, used as a sign-in hint. */
  mailboxAddress: string | null;
}

export function signInMethods(host: SignInHost): SignInMethod[] {
  if (!host.inOffice) return ["browserPopup"];
  const methods: SignInMethod[] = [];
  if (host.nestedAppAuth) methods.push("nestedApp");
  if (host.officeSso && host.accountType !== "outlookCom") methods.push("officeSso");
  if (host.dialogApi) methods.push("officeDialog");
  return methods;
}
