// Every error the service answers with, in one catalog. The body is always
// {error: {code, message, details?}}: `code` is stable (programs and the taskpane rely on it),
// `message` is English for logs and API users, and `details` carries what a translation needs
// (which field, which bound, how long to wait), so the taskpane can say it in the user's language.
import type { ConsentPurpose } from "./signIn.js";

/** The part of a request an error is about, when the code alone says it. */
export type RequestPart =
  | "path"
  | "query"
  | "body"
  | "headers"
  | "Host"
  | "Origin"
  | "Authorization"
  | "Content-Encoding"
  | "Content-Type"
  | "X-MailBridge-Visitor";

export interface ServiceErrorDefinition {
  status: number;
  /**
   * A fault on our side or Microsoft's that someone should look at (logged as a warning or an
   * error); false for a client's mistake or an expected state (logged with the request only).
   */
  reportable: boolean;
  concerns?: readonly RequestPart[];
}

export const SERVICE_ERRORS = {
  // The request as a whole.
  bad_request: { status: 400, reportable: false, concerns: ["headers"] },
  request_timeout: { status: 408, reportable: false },
  headers_too_large: { status: 431, reportable: false, concerns: ["headers"] },
  wrong_host: { status: 421, reportable: false, concerns: ["Host"] },
  cross_origin: { status: 403, reportable: false, concerns: ["Origin"] },
  not_found: { status: 404, reportable: false, concerns: ["path"] },
  rate_limited: { status: 429, reportable: false },
  /** Too much work queued already (rule compilation): try again shortly. */
  server_busy: { status: 503, reportable: true },

  // The body, before any field is read.
  body_too_large: { status: 413, reportable: false, concerns: ["body"] },
  incomplete_body: { status: 400, reportable: false, concerns: ["body"] },
  invalid_compressed_body: { status: 400, reportable: false, concerns: ["Content-Encoding"] },
  unsupported_encoding: { status: 415, reportable: false, concerns: ["Content-Encoding"] },
  unsupported_charset: { status: 415, reportable: false, concerns: ["Content-Type"] },
  /** A body sent as something else than JSON (text/plain, a form). */
  unsupported_content_type: { status: 415, reportable: false, concerns: ["Content-Type"] },
  invalid_json: { status: 400, reportable: false, concerns: ["body"] },

  // Fields (details name them).
  invalid_request: { status: 400, reportable: false },
  invalid_email: { status: 400, reportable: false },
  /** The rules compile to more than the service sends in one answer. */
  compile_output_too_large: { status: 422, reportable: false },
  unknown_provider: { status: 404, reportable: false, concerns: ["query"] },

  // Signing in and reaching the mailbox.
  demo_mode: { status: 404, reportable: false },
  invalid_visitor: { status: 400, reportable: false, concerns: ["X-MailBridge-Visitor"] },
  unauthorized: { status: 401, reportable: false, concerns: ["Authorization"] },
  tenant_not_allowed: { status: 403, reportable: false, concerns: ["Authorization"] },
  consent_required: { status: 403, reportable: false },
  /** The sign-in does not name an address (no preferred_username): the IMAP test cannot run. */
  username_missing: { status: 400, reportable: false, concerns: ["Authorization"] },
  token_exchange_failed: { status: 502, reportable: true },
  rules_not_available: { status: 409, reportable: false },
  graph_throttled: { status: 503, reportable: false },
  graph_timeout: { status: 504, reportable: true },
  graph_failed: { status: 502, reportable: true },
  /** Another request is changing this mailbox, or holds its turns to call Graph, for too long. */
  mailbox_busy: { status: 503, reportable: false },

  // Ours.
  /** Shared state (Redis) cannot be reached: nothing was done; try again in a few seconds. */
  temporarily_unavailable: { status: 503, reportable: true },
  internal: { status: 500, reportable: true },
} as const satisfies Record<string, ServiceErrorDefinition>;

export type ServiceErrorCode = keyof typeof SERVICE_ERRORS;

export const isServiceErrorCode = (value: unknown): value is ServiceErrorCode =>
  typeof value === "string" && Object.hasOwn(SERVICE_ERRORS, value);

/** A field inside the body or query, e.g. ["rules", 0, "name"]. */
export type FieldPath = (string | number)[];

/** What bound a size applies to: characters of a string, items of a list, or a number's value. */
export type BoundOf = "string" | "array" | "number";

/** One problem with one field; `message` is the English wording used in the error's message. */
export type ValidationProblem = { path: FieldPath; message: string } & (
  | { problem: "required" }
  | { problem: "wrong_type"; expected: string }
  | { problem: "too_small"; minimum: number; of: BoundOf }
  | { problem: "too_big"; maximum: number; of: BoundOf }
  | { problem: "not_allowed"; allowed: (string | number | boolean | null)[] }
  | { problem: "unknown_fields"; fields: string[] }
  /** NUL or another control character, or broken Unicode (a lone surrogate): no store can keep it. */
  | { problem: "invalid_text" }
  /** Anything else; `message` says what. */
  | { problem: "invalid" }
);

/** Why a token was refused: none sent, not one we accept, or expired (a fresh one will do). */
export type UnauthorizedReason = "missing_token" | "invalid_token" | "expired_token";

/** The details each code carries (codes not listed carry none). */
export interface ServiceErrorDetails {
  not_found: { method: string; path: string };
  rate_limited: { retryAfterSeconds: number };
  body_too_large: { limitBytes: number };
  invalid_request: { in: "body" | "query"; problems: ValidationProblem[] };
  invalid_email: { path: FieldPath };
  compile_output_too_large: { limitBytes: number };
  unknown_provider: { domain: string };
  unauthorized: { reason: UnauthorizedReason };
  consent_required: { purpose: ConsentPurpose };
  /** Microsoft's error code (e.g. invalid_grant), never its message. */
  token_exchange_failed: { reason: string };
  graph_throttled: { retryAfterSeconds: number };
  graph_failed: { graphStatus: number; graphCode: string };
  mailbox_busy: { retryAfterSeconds: number };
  server_busy: { retryAfterSeconds: number };
  temporarily_unavailable: { retryAfterSeconds: number };
}

export type ServiceErrorDetailsOf<C extends ServiceErrorCode> = C extends keyof ServiceErrorDetails
  ? ServiceErrorDetails[C]
  : undefined;

/** The `error` member of an error response, one shape per code. */
export type ServiceErrorPayload = {
  [C in ServiceErrorCode]: { code: C; message: string } & (C extends keyof ServiceErrorDetails
    ? { details: ServiceErrorDetails[C] }
    : unknown);
}[ServiceErrorCode];

export interface ServiceErrorBody {
  error: ServiceErrorPayload;
}
