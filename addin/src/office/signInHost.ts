// What the Outlook host offers for signing in, read from Office.js. The choice between these is made
// by auth/signInMethods.ts, from this plain description.
import type { SignInHost } from "../auth/signInMethods.js";

interface OfficeSignInLike {
  context?: {
    mailbox?: { userProfile?: { emailAddress?: string; accountType?: string } };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: { displayDialogAsync?: unknown };
  };
  auth?: { getAccessToken?: unknown };
}

/** Inside Outlook when Office.js reports a mailbox; a plain browser (standalone page) otherwise. */
export function readSignInHost(): SignInHost {
  const office = (window as unknown as { Office?: OfficeSignInLike }).Office;
  const context = office?.context;
  if (!context?.mailbox)
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
    accountType: context.mailbox?.userProfile?.accountType ?? null,
    mailboxAddress: context.mailbox?.userProfile?.emailAddress ?? null,
  };
}
