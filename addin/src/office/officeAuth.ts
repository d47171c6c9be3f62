// Office single sign-on: asks the Outlook host for an access token to our API. Office documents this
// as unsupported for Outlook.com (personal) mailboxes; those get a clear message instead.
interface OfficeAuthLike {
  auth?: { getAccessToken(options: { allowSignInPrompt: boolean; allowConsentPrompt: boolean; forMSGraphAccess: boolean }): Promise<string> };
}

export class SignInError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export async function getOfficeAccessToken(): Promise<string> {
  const office = (window as unknown as { Office?: OfficeAuthLike }).Office;
  if (!office?.auth) throw new SignInError("sso_unavailable");
  try {
    return await office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: true });
  } catch (error) {
    // Office errors carry a numeric code, e.g. 13003 = account type not supported (Outlook.com).
    throw new SignInError(String((error as { code?: number }).code ?? "sso_failed"));
  }
}
