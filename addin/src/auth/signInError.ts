// A sign-in that did not give us a token, with a code the taskpane explains in the user's language
// (i18n: signIn.errors.<code>). `final` errors are the user's own choice (cancelled): no other way of
// signing in is tried after them.

export const SIGN_IN_ERROR_CODES = [
  "cancelled",
  "popup_blocked",
  "dialog_blocked",
  "dialog_failed",
  "unsupported_host",
  "not_configured",
  "consent_required",
  "failed",
] as const;

export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

const FINAL: ReadonlySet<SignInErrorCode> = new Set([
  "cancelled",
  "popup_blocked",
  "dialog_blocked",
  "not_configured",
]);

export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    /** The identity platform's or Office's own code, shown to help support (never a token). */
    readonly detail: string | null = null
  ) {
    super(detail ? `${code} (${detail})` : code);
  }

  get final(): boolean {
    return FINAL.has(this.code);
  }
}

/** Turns an msal-browser error (or a code relayed from the sign-in dialog) into a SignInError. */
export function fromMsalError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  const code = String((error as { errorCode?: string } | null)?.errorCode ?? "unknown");
  if (code === "user_cancelled" || code === "access_denied")
    return new SignInError("cancelled", code);
  if (code === "popup_window_error" || code === "empty_window_error")
    return new SignInError("popup_blocked", code);
  if (code === "consent_required") return new SignInError("consent_required", code);
  return new SignInError("failed", code);
}
