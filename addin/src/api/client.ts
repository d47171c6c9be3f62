// The taskpane's only door to the MailBridge service. Same origin, JSON in and out; errors come back
// in the service's stable shape {error:{code,message,details}} and are thrown as ApiError.
import type { DiagnoseRequest, DiagnoseResponse } from "@contracts/diagnosis.js";
import type { Locale } from "@contracts/locales.js";
import type { Health } from "@contracts/health.js";
import type { MailboxDiagnosis } from "@contracts/mailbox.js";
import type { ProviderLookup } from "@contracts/providers.js";
import type { CompileResponse, Rule, Target } from "@contracts/rules.js";
import type { ApplyResponse } from "@contracts/ruleApply.js";
import type { ProgressPoll, ResolvedFolder } from "@contracts/migration.js";
import type { SignInConfig } from "@contracts/signIn.js";
import {
  isServiceErrorCode,
  type ServiceErrorCode,
  type ServiceErrorPayload,
} from "@contracts/serviceErrors.js";
import type {
  ImapTestRequest,
  ImapTestResponse,
  OutlookDiscoveryRequest,
  OutlookDiscoveryResponse,
} from "@contracts/connectivity.js";

/** What can go wrong on the way, besides the service's own errors: no answer at all, or not ours. */
export type TransportErrorCode = "network" | "unexpected_answer";

/**
 * A failed call. `error` is the service's answer (its code, its English message for logs, and the
 * details a translation needs) or a transport failure; the taskpane puts it in the user's language
 * (addin/src/errors/describeError.ts), never showing the English message.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: ServiceErrorPayload | { code: TransportErrorCode }
  ) {
    super(error.code);
  }

  get code(): ServiceErrorCode | TransportErrorCode {
    return this.error.code;
  }
}

const VISITOR_KEY = "mailbridge.demoVisitor";
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
let pageVisitor: string | null = null;

/** Demo mode: this browser's own demo mailbox on the service, named by a random id kept here. */
export function demoVisitor(): string {
  try {
    let id = localStorage.getItem(VISITOR_KEY);
    if (!id || !UUID_V4.test(id)) {
      id = crypto.randomUUID();
      localStorage.setItem(VISITOR_KEY, id);
    }
    return id;
  } catch {
    // Storage refused (a private window, a locked-down Outlook): one mailbox for this page's life.
    return (pageVisitor ??= crypto.randomUUID());
  }
}

/** `token`: a mailbox call's bearer token, or null in demo mode (the visitor id goes instead). */
async function call<T>(path: string, init?: RequestInit, token?: string | null): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        Accept: "application/json",
        ...(init?.body ? { "Content-Type": "application/json" } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(token === null ? { "X-MailBridge-Visitor": demoVisitor() } : {}),
      },
    });
  } catch {
    throw new ApiError(0, { code: "network" });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown } } | null)?.error;
    throw new ApiError(
      response.status,
      isServiceErrorCode(error?.code)
        ? (error as ServiceErrorPayload)
        : { code: "unexpected_answer" }
    );
  }
  return body as T;
}

export const getHealth = (): Promise<Health> => call<Health>("healthz");

/** Live mode only: how to sign in for the service (404 demo_mode otherwise). */
export const getSignInConfig = (): Promise<SignInConfig> => call<SignInConfig>("api/auth/config");

export const postDiagnose = (request: DiagnoseRequest): Promise<DiagnoseResponse> =>
  call<DiagnoseResponse>("api/diagnose", { method: "POST", body: JSON.stringify(request) });

/** `token` is null in demo mode, where the service serves the visitor's own simulated demo mailbox. */
export const postMailboxDiagnose = (
  request: { locale: Locale; quotaGb: number },
  token: string | null
): Promise<MailboxDiagnosis> =>
  call<MailboxDiagnosis>(
    "api/mailbox/diagnose",
    { method: "POST", body: JSON.stringify(request) },
    token
  );

export const lookupProvider = (email: string): Promise<ProviderLookup> =>
  call<ProviderLookup>(`api/providers/lookup?email=${encodeURIComponent(email)}`);

export const compileRules = (request: {
  rules: Rule[];
  targets: readonly Target[];
  locale: Locale;
  accounts: string[];
  /** The mailbox's name for the inbox, for the steps a person follows. */
  inboxName: string;
}): Promise<CompileResponse> =>
  call<CompileResponse>("api/rules/compile", { method: "POST", body: JSON.stringify(request) });

/** Demo mode needs no token; live mode passes the signed-in user's token (auth/serviceToken.ts). */
export const applyRules = (
  request: { rules: Rule[]; dryRun: boolean },
  token: string | null
): Promise<ApplyResponse> =>
  call<ApplyResponse>("api/rules/apply", { method: "POST", body: JSON.stringify(request) }, token);

export const resolveFolders = (
  paths: string[][],
  token: string | null
): Promise<{ folders: ResolvedFolder[] }> =>
  call<{ folders: ResolvedFolder[] }>(
    "api/migrate/folders",
    { method: "POST", body: JSON.stringify({ paths }) },
    token
  );

export const pollProgress = (folderIds: string[], token: string | null): Promise<ProgressPoll> =>
  call<ProgressPoll>(
    "api/migrate/progress",
    { method: "POST", body: JSON.stringify({ folderIds }) },
    token
  );

/** What classic Outlook's Autodiscover says for an address (no sign-in: Autodiscover is public). */
export const discoverOutlook = (
  request: OutlookDiscoveryRequest
): Promise<OutlookDiscoveryResponse> =>
  call<OutlookDiscoveryResponse>("api/connectivity/outlook", {
    method: "POST",
    body: JSON.stringify(request),
  });

/** Live mode only: signs in to IMAP once as the signed-in user (consent purpose "imap"). */
export const testImap = (
  request: ImapTestRequest,
  token: string | null
): Promise<ImapTestResponse> =>
  call<ImapTestResponse>(
    "api/connectivity/imap-test",
    { method: "POST", body: JSON.stringify(request) },
    token
  );
