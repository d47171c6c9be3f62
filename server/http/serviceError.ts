// The service's errors, thrown by routes and middleware and answered by the error handler. Code,
// status and details come from the catalog in contracts; the English message is written here, once
// per code, from the details alone — so the taskpane, which has the same details, can say the same
// thing in the user's language.
import {
  SERVICE_ERRORS,
  type ServiceErrorBody,
  type ServiceErrorCode,
  type ServiceErrorDetails,
  type ServiceErrorDetailsOf,
  type ValidationProblem,
} from "@contracts/serviceErrors.js";

type DetailsArgument<C extends ServiceErrorCode> = C extends keyof ServiceErrorDetails
  ? [details: ServiceErrorDetails[C]]
  : [];

const describeProblem = (problem: ValidationProblem): string => {
  if (problem.path.length > 0) return `${problem.path.join(".")}: ${problem.message}`;
  // A problem with the whole body, in our wording ("must be an object"), reads as a sentence about it.
  return /^(must|is) /.test(problem.message) ? `it ${problem.message}` : problem.message;
};

const MESSAGES: { [C in ServiceErrorCode]: (details: ServiceErrorDetailsOf<C>) => string } = {
  bad_request: () => "The request could not be read.",
  request_timeout: () => "The request took too long to arrive.",
  headers_too_large: () =>
    "The request's headers are too large (an Authorization token this long is not one we issue).",
  wrong_host: () => "This server does not answer for that host name.",
  cross_origin: () => "This API only answers MailBridge's own pages.",
  not_found: ({ method, path }) => `There is nothing at ${method} ${path}.`,
  rate_limited: ({ retryAfterSeconds }) =>
    `Too many requests: try again in ${retryAfterSeconds} seconds.`,
  server_busy: ({ retryAfterSeconds }) =>
    `MailBridge has too much work queued: try again in ${retryAfterSeconds} seconds.`,
  body_too_large: ({ limitBytes }) =>
    `The request body is too large (at most ${Math.round(limitBytes / 1024)} KB here).`,
  incomplete_body: () => "The request body did not arrive whole.",
  invalid_compressed_body: () =>
    "The request body is not compressed the way its Content-Encoding says.",
  unsupported_encoding: () => "The request body's encoding is not supported.",
  unsupported_charset: () => "The request body's character set is not supported.",
  unsupported_content_type: () =>
    "The request body must be JSON, sent with Content-Type: application/json.",
  invalid_json: () => "The request body is not valid JSON.",
  invalid_request: (details) =>
    `The ${details.in === "query" ? "query" : "request body"} is not valid: ${details.problems
      .slice(0, 5)
      .map(describeProblem)
      .join("; ")}.`,
  invalid_email: ({ path }) => `${path.join(".")}: is not an email address.`,
  compile_output_too_large: ({ limitBytes }) =>
    `These rules compile to more than ${Math.round(limitBytes / 1024 / 1024)} MB: compile fewer rules or targets at a time.`,
  unknown_provider: ({ domain }) => `MailBridge has no verified settings for ${domain}.`,
  demo_mode: () =>
    "No Azure app is configured: MailBridge runs in demo mode, which needs no sign-in.",
  invalid_visitor: () =>
    "The X-MailBridge-Visitor header must be a UUID v4 (the id the taskpane keeps for its demo mailbox).",
  unauthorized: ({ reason }) =>
    reason === "missing_token"
      ? "Sign in is required: the request carries no bearer token."
      : reason === "expired_token"
        ? "The sign-in has expired: sign in again."
        : "The token is not valid for MailBridge: sign in again.",
  tenant_not_allowed: () =>
    "This MailBridge serves only the organisations its administrator chose, and not this account's.",
  consent_required: ({ purpose }) =>
    purpose === "write"
      ? "MailBridge needs your permission to create folders and inbox rules in your mailbox. Sign in again to give it."
      : purpose === "imap"
        ? "MailBridge needs your permission to sign in to IMAP once for this test. Sign in again to give it."
        : "MailBridge needs your permission to read your mailbox's folders, rules and settings. Sign in again to give it.",
  username_missing: () =>
    "Your sign-in does not say which address to test: sign in again with your email address.",
  token_exchange_failed: ({ reason }) =>
    `Microsoft did not grant MailBridge access to your mailbox (${reason}). Sign in again, or ask your administrator to consent to MailBridge.`,
  rules_not_available: () =>
    "Microsoft does not let apps manage inbox rules for this mailbox. Use the generated rule files instead (Outlook steps, Thunderbird, Sieve, Gmail).",
  graph_throttled: ({ retryAfterSeconds }) =>
    `Microsoft is limiting requests to this mailbox: try again in ${retryAfterSeconds} seconds.`,
  graph_timeout: () => "Microsoft Graph did not answer in time. Please try again.",
  graph_failed: ({ graphStatus, graphCode }) =>
    `Microsoft Graph answered with an error (${graphStatus} ${graphCode}).`,
  mailbox_busy: ({ retryAfterSeconds }) =>
    `Another request is working on this mailbox: try again in ${retryAfterSeconds} seconds.`,
  temporarily_unavailable: ({ retryAfterSeconds }) =>
    `MailBridge cannot reach its shared store right now: try again in ${retryAfterSeconds} seconds.`,
  internal: () => "Something went wrong on our side. Please try again in a moment.",
};

export class ServiceError<C extends ServiceErrorCode = ServiceErrorCode> extends Error {
  readonly status: number;
  readonly details: ServiceErrorDetailsOf<C>;

  constructor(
    readonly code: C,
    ...[details]: DetailsArgument<C>
  ) {
    const message = MESSAGES[code] as (details: unknown) => string;
    super(message(details));
    this.status = SERVICE_ERRORS[code].status;
    this.details = details as ServiceErrorDetailsOf<C>;
  }

  /** An error that crossed a thread as data (its code and details), whole again. */
  static revive(code: ServiceErrorCode, details: unknown): ServiceError {
    return new (
      ServiceError as unknown as new (code: ServiceErrorCode, details?: unknown) => ServiceError
    )(code, details);
  }

  get reportable(): boolean {
    return SERVICE_ERRORS[this.code].reportable;
  }

  toBody(): ServiceErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    } as ServiceErrorBody;
  }
}
