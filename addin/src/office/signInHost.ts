// What the Outlook host offers for signing in, read from Office.js. The choice between these is made
// by auth/signInMethods.ts, from this plain description.
import type { SignInHost } from "../auth/signInMethods.js";
import { officeGlobal } from "./officeGlobal.js";
import { isAccountType } from "@contracts/accountSnapshot.js";

/** Inside Outlook when Office.js reports a mailbox; a plain browser (standalone page) otherwise. */
export function readSignInHost(): SignInHost {
  const office = officeGlobal();
  // Older hosts lack parts of the context: read each level as optional.
  const context = office?.context as Partial<Office.Context> | undefined;
  const mailbox = context?.mailbox;
  if (!mailbox)
    return {
      inOffice: false,
      nestedAppAuth: false,
      officeSso: false,
      dialogApi: false,
      accountType: null,
      mailboxAddress: null,
    };
  const supports = (name: string, version: string) => {
    try {
      return context.requirements?.isSetSupported(name, version) ?? false;
    } catch {
      return false;
    }
  };
  return {
    inOffice: true,
    nestedAppAuth: supports("NestedAppAuth", "1.1"),
    officeSso: typeof office?.auth?.getAccessToken === "function",
    dialogApi: typeof context.ui?.displayDialogAsync === "function",
    accountType: isAccountType(mailbox.userProfile?.accountType)
      ? mailbox.userProfile.accountType
      : null,
    mailboxAddress: mailbox.userProfile?.emailAddress ?? null,
  };
}
