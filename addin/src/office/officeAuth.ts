// Legacy Office single sign-on: asks the Outlook host for an access token to our API. Office documents
// it as unsupported for Outlook.com mailboxes (auth/signInMethods.ts does not try it there).
import { SignInError } from "../auth/signInError.js";
import { officeGlobal } from "./officeGlobal.js";

/** Office's error 13002: the user closed the sign-in or consent prompt. */
const USER_ABORTED = 13002;

export async function getOfficeAccessToken(): Promise<string> {
  const office = officeGlobal();
  if (!office?.auth) throw new SignInError("failed", "office_sso_unavailable");
  try {
    return await office.auth.getAccessToken({
      allowSignInPrompt: true,
      allowConsentPrompt: true,
      forMSGraphAccess: true,
    });
  } catch (error) {
    // Office errors carry a numeric code, e.g. 13003 = account type not supported, 13012 = host not supported.
    const code = (error as { code?: number }).code;
    throw new SignInError(
      code === USER_ABORTED ? "cancelled" : "failed",
      String(code ?? "office_sso_failed")
    );
  }
}
