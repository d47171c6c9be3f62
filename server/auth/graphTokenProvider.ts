// Exchanges the user's token for a Graph token On-Behalf-Of the user, with @azure/msal-node. The
// authority is the token's own tenant (the consumer tenant for Outlook.com accounts), never /common.
// msal-node's distributed cache pattern: a client application per exchange, whose cache plugin
// reads and writes the user's own partition of a shared cache (memory, or Redis for several
// instances), so repeated calls — on any instance — do not reach the token endpoint. Exchanges for
// one user and purpose take turns (`exclusive`), so concurrent first requests make one exchange.
// In front of that shared cache, each instance remembers the tokens it handed out lately (by user,
// scopes and assertion, as msal-node keys On-Behalf-Of tokens), as Microsoft.Identity.Web's L1
// cache does: a user's next requests then cost no Redis round trip and take no turn.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import {
  ConfidentialClientApplication,
  DistributedCachePlugin,
  type ICacheClient,
  type INetworkModule,
  type IPartitionManager,
} from "@azure/msal-node";
import type { KeyedLimiters } from "../graph/limiter.js";
import { SharedStateUnavailableError } from "../state/sharedStateError.js";
import type { ValidatedUser } from "./tokenValidator.js";

/** Least privilege for the diagnosis: read mail metadata and folder sizes, read rules and settings. */
export const GRAPH_READ_SCOPES = [
  "https://graph.microsoft.com/User.Read",
  "https://graph.microsoft.com/Mail.Read",
  "https://graph.microsoft.com/MailboxSettings.Read",
];
/** Applying unification rules: create folders (Mail.ReadWrite) and inbox rules (MailboxSettings.ReadWrite). */
export const GRAPH_WRITE_SCOPES = [
  "https://graph.microsoft.com/User.Read",
  "https://graph.microsoft.com/Mail.ReadWrite",
  "https://graph.microsoft.com/MailboxSettings.ReadWrite",
];

/** Outlook's IMAP, for the IMAP sign-in test only (never for the mailbox diagnosis). */
export const IMAP_SCOPES = ["https://outlook.office.com/IMAP.AccessAsUser.All"];
/** The taskpane's .pst import writes messages itself: mail only, nothing else. */
export const GRAPH_IMPORT_SCOPES = ["https://graph.microsoft.com/Mail.ReadWrite"];

export type GraphTokenProvider = (user: ValidatedUser, scopes: string[]) => Promise<string>;

/** Where each token came from: msal's cache, or an exchange with Microsoft (metrics). */
export type TokenSource = "cache" | "exchange";

/**
 * consent_required: the user (or an admin) has not consented to these Graph permissions; an
 * interactive sign-in fixes it. assertion_expired: the user's token expired before Entra checked it
 * (inside our clock skew); a fresh token fixes it. failed: anything else.
 */
export type OboFailure = "consent_required" | "assertion_expired" | "failed";

export class OboError extends Error {
  constructor(
    /** Microsoft's error code (e.g. invalid_grant), never its message, which can quote the request. */
    readonly code: string,
    readonly failure: OboFailure = "failed"
  ) {
    super(code);
  }
}

/** AADSTS65001: consent missing. AADSTS500133: "Assertion is not within its valid time range". */
function failureOf(error: {
  subError?: string;
  errorMessage?: string;
  errorNo?: string;
}): OboFailure {
  const is = (code: string) =>
    error.errorNo === code || new RegExp(`\\bAADSTS${code}\\b`).test(error.errorMessage ?? "");
  if (error.subError === "consent_required" || is("65001")) return "consent_required";
  if (is("500133")) return "assertion_expired";
  return "failed";
}

/** One partition per user: the key msal-node's cache plugin reads and writes. */
const userPartition = (user: ValidatedUser): IPartitionManager => {
  const key = `${user.tid}:${user.oid}`;
  // An exchange's account entity is this user's: the client application serves no one else.
  return { getKey: async () => key, extractKey: async () => key };
};

/** msal-node renews a token this long before it expires; the instance's memory does the same. */
const RENEWAL_MARGIN_MS = 5 * 60 * 1000;

export function createOboTokenProvider(options: {
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  networkClient?: INetworkModule;
  cache: ICacheClient;
  exclusive: KeyedLimiters;
  onToken?: (source: TokenSource) => void;
}): GraphTokenProvider {
  const recent = new LRUCache<string, { token: string; until: number }>({ max: 10_000 });
  const remembered = (key: string): string | null => {
    const entry = recent.get(key);
    if (!entry || entry.until <= Date.now()) return null;
    options.onToken?.("cache");
    return entry.token;
  };
  return async (user, scopes) => {
    const assertionHash = createHash("sha256").update(user.assertion).digest("base64url");
    const key = `${user.tid}:${user.oid}:${scopes.join(" ")}:${assertionHash}`;
    const known = remembered(key);
    if (known) return known;
    const app = new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        authority: `${options.authorityHost}/organizations`,
      },
      cache: { cachePlugin: new DistributedCachePlugin(options.cache, userPartition(user)) },
      system: {
        ...(options.networkClient ? { networkClient: options.networkClient } : {}),
        loggerOptions: { piiLoggingEnabled: false },
      },
    });
    const turn = options.exclusive(`token:${user.tid}:${user.oid}:${scopes.join(" ")}`);
    return turn.run(async () => {
      // Another request of this instance may have had its turn just before.
      const meanwhile = remembered(key);
      if (meanwhile) return meanwhile;
      // msal-node's On-Behalf-Of reads only its in-memory cache: load the user's partition first.
      await app.getTokenCache().getAllAccounts();
      let result;
      try {
        result = await app.acquireTokenOnBehalfOf({
          oboAssertion: user.assertion,
          scopes,
          authority: `${options.authorityHost}/${user.tid}`,
        });
      } catch (error) {
        throw oboErrorOf(error);
      }
      if (!result?.accessToken) throw new OboError("no access token");
      options.onToken?.(result.fromCache ? "cache" : "exchange");
      const expires = result.expiresOn?.getTime() ?? Date.now();
      recent.set(key, { token: result.accessToken, until: expires - RENEWAL_MARGIN_MS });
      return result.accessToken;
    });
  };
}

/** msal's refusal as an OboError; the cache's own failure (Redis away) stays what it is. */
function oboErrorOf(error: unknown): Error {
  if (error instanceof SharedStateUnavailableError) return error;
  // msal errors can quote the request; keep only the codes.
  const details = error as {
    errorCode?: string;
    subError?: string;
    errorMessage?: string;
    errorNo?: string;
  };
  return new OboError(details.errorCode ?? "obo_failed", failureOf(details));
}
