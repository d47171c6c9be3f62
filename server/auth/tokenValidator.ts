// Validates the bearer token the taskpane sends: a v2.0 access token for our API issued by the
// Microsoft identity platform. Checked with jose: signature against Microsoft's published keys,
// algorithm, issuer (the token's own tenant, the consumer tenant included), audience (our app id),
// expiry and not-before with a small clock skew, and the delegated scope we expose. An administrator
// may restrict the tenants served (ALLOWED_TENANTS); that is checked once the token is proven good.
import { createHash } from "node:crypto";
import { createRemoteJWKSet, jwtVerify, errors, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenValidatorOptions {
  clientId: string;
  /** https://login.microsoftonline.com (issuers are built from it). */
  authorityHost: string;
  /** e.g. https://login.microsoftonline.com/common/discovery/v2.0/keys */
  jwksUrl: string;
  requiredScope: string;
  clockToleranceSeconds?: number;
  /** Tenant ids served; null: any tenant, personal accounts included. */
  allowedTenants?: ReadonlySet<string> | null;
}

export interface ValidatedUser {
  oid: string;
  tid: string;
  /** The user's sign-in name (preferred_username), when the token carries it. */
  username: string | null;
  /** The raw token, kept only to be exchanged On-Behalf-Of; never logged. */
  assertion: string;
}

/** Why a request is not signed in: no bearer token, one we do not accept, or one that has expired. */
export class AuthError extends Error {
  constructor(
    readonly reason: "missing_token" | "invalid_token" | "expired_token",
    message: string
  ) {
    super(message);
  }
}

/** A good token from a tenant this deployment does not serve. */
export class TenantNotAllowedError extends Error {}

export type TokenValidator = (authorizationHeader: string | undefined) => Promise<ValidatedUser>;

/**
 * A token proven good is remembered, by its hash, until it expires: the taskpane sends the same token
 * with each request, and checking its signature again would cost more than the rest of a request's
 * work. Only accepted tokens are remembered; a refused one is checked afresh every time.
 */
const REMEMBERED_TOKENS = 10_000;

export function createTokenValidator(
  options: TokenValidatorOptions,
  keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl))
): TokenValidator {
  const accepted = new LRUCache<
    string,
    { oid: string; tid: string; username: string | null; expiresAt: number }
  >({
    max: REMEMBERED_TOKENS,
  });
  return async (header) => {
    // The scheme is case-insensitive (RFC 7235 section 2.1); a JWT has three base64url parts.
    const bearer = /^bearer +(\S*) *$/i.exec(header ?? "");
    if (!bearer)
      throw new AuthError(
        "missing_token",
        "Sign in is required: the request carries no bearer token."
      );
    const token = bearer[1]!;
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token))
      throw new AuthError("invalid_token", "The bearer token is not a JSON Web Token.");
    const hash = createHash("sha256").update(token).digest("base64url");
    const known = accepted.get(hash);
    if (known && known.expiresAt > Date.now())
      return { oid: known.oid, tid: known.tid, username: known.username, assertion: token };
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        audience: options.clientId,
        clockTolerance: options.clockToleranceSeconds ?? 60,
        requiredClaims: ["exp", "nbf", "iat", "iss", "tid", "oid"],
      }));
    } catch (error) {
      throw new AuthError(
        error instanceof errors.JWTExpired ? "expired_token" : "invalid_token",
        reason(error)
      );
    }
    const tid = String(payload.tid);
    if (!GUID.test(tid) || payload.iss !== `${options.authorityHost}/${tid}/v2.0`)
      throw new AuthError(
        "invalid_token",
        "The token was not issued by Microsoft for this tenant."
      );
    if (payload.ver !== "2.0")
      throw new AuthError("invalid_token", "The token is not a v2.0 access token.");
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes(options.requiredScope))
      throw new AuthError(
        "invalid_token",
        `The token lacks the ${options.requiredScope} permission.`
      );
    if (options.allowedTenants && !options.allowedTenants.has(tid.toLowerCase()))
      throw new TenantNotAllowedError(`Tenant ${tid} is not served by this deployment.`);
    const username =
      typeof payload.preferred_username === "string" ? payload.preferred_username : null;
    // Until its exp, without the clock tolerance: past it, the full check decides again.
    const oid = String(payload.oid);
    accepted.set(hash, { oid, tid, username, expiresAt: Number(payload.exp) * 1000 });
    return { oid, tid, username, assertion: token };
  };
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "The sign-in has expired: sign in again.";
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token is not valid for MailBridge (${error.claim}).`;
  if (error instanceof errors.JWKSNoMatchingKey) return "The token is signed with an unknown key.";
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "The token's signature is invalid.";
  if (error instanceof errors.JOSEAlgNotAllowed)
    return "The token uses a signing algorithm we do not accept.";
  return "The token is not valid.";
}
