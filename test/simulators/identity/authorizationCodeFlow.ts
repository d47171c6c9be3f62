// The sign-in half of the identity simulator: what msal-browser does in the taskpane, the Office
// dialog and the standalone page. It follows the Microsoft identity platform's authorization code
// flow for single-page applications: /authorize answers with a redirect carrying a one-time code,
// the token endpoint redeems it only with the PKCE verifier, the registered SPA redirect URI and a
// cross-origin request (as Entra requires for SPA clients), and refresh tokens are redeemed the same way.
import { createHash, randomBytes } from "node:crypto";
import type { SimulatedUser } from "./simulatedUser.js";
import type { Consents } from "./consents.js";

const OIDC_SCOPES = new Set(["openid", "profile", "offline_access", "email"]);
const CODE_LIFETIME_MS = 60_000;

interface SpaApp {
  clientId: string;
  /** SPA redirect URIs registered for the app (exact match, as Entra compares them). */
  spaRedirectUris: readonly string[];
}

export interface SignedInGrant {
  user: SimulatedUser;
  /** Scopes of our API, e.g. api://localhost:3000/<client id>/access_as_user. */
  scopes: string[];
  nonce: string | null;
}

type AuthorizeOutcome =
  | { kind: "redirect"; location: string }
  /** Entra does not redirect to an unregistered URI: it shows an error page. */
  | { kind: "page"; status: number; text: string };

type RedeemOutcome =
  | { kind: "ok"; grant: SignedInGrant }
  | { kind: "error"; status: number; error: string; description: string };

interface PendingCode extends SignedInGrant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  expiresAt: number;
}

export class AuthorizationCodeFlow {
  /** Who is signed in at the simulated login page; null makes the user cancel the sign-in. */
  signedInUser: SimulatedUser | null = null;
  readonly authorizeRequests: { redirectUri: string; scope: string }[] = [];
  private readonly codes = new Map<string, PendingCode>();
  private readonly refreshTokens = new Map<string, SignedInGrant>();

  constructor(
    private readonly app: SpaApp,
    private readonly consents: Consents
  ) {}

  authorize(query: URLSearchParams): AuthorizeOutcome {
    const redirectUri = query.get("redirect_uri") ?? "";
    this.authorizeRequests.push({ redirectUri, scope: query.get("scope") ?? "" });
    if (query.get("client_id") !== this.app.clientId)
      return {
        kind: "page",
        status: 400,
        text: "AADSTS700016: Application not found in the directory.",
      };
    if (!this.app.spaRedirectUris.includes(redirectUri)) {
      return {
        kind: "page",
        status: 400,
        text: `AADSTS50011: The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application.`,
      };
    }
    const respond = (params: Record<string, string>) => {
      const separator = query.get("response_mode") === "query" ? "?" : "#";
      const state = query.get("state");
      return {
        kind: "redirect" as const,
        location: `${redirectUri}${separator}${new URLSearchParams({ ...params, ...(state ? { state } : {}) })}`,
      };
    };
    const challenge = query.get("code_challenge");
    if (
      query.get("response_type") !== "code" ||
      !challenge ||
      query.get("code_challenge_method") !== "S256"
    ) {
      return respond({
        error: "invalid_request",
        error_description:
          "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.",
      });
    }
    const user = this.signedInUser;
    if (!user) {
      if (query.get("prompt") === "none")
        return respond({
          error: "login_required",
          error_description:
            "AADSTS50058: A silent sign-in request was sent but no user is signed in.",
        });
      return respond({
        error: "access_denied",
        error_description: "AADSTS65004: User declined to consent to access the app.",
      });
    }
    // The user accepts the prompt: everything asked for is consented (extra scopes to consent included).
    const asked = resourceScopes(query.get("scope") ?? "");
    this.consents.grant(user.oid, asked);
    const code = randomBytes(24).toString("base64url");
    this.codes.set(code, {
      user,
      scopes: asked,
      nonce: query.get("nonce"),
      clientId: this.app.clientId,
      redirectUri,
      challenge,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    return respond({ code, client_info: clientInfo(user) });
  }

  redeemCode(form: URLSearchParams, origin: string | undefined): RedeemOutcome {
    if (!origin)
      return fail(
        400,
        "invalid_request",
        "AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests."
      );
    const pending = this.codes.get(form.get("code") ?? "");
    this.codes.delete(form.get("code") ?? "");
    if (!pending || pending.expiresAt < Date.now())
      return fail(
        400,
        "invalid_grant",
        "AADSTS70008: The provided authorization code or refresh token has expired or was already redeemed."
      );
    if (
      form.get("client_id") !== pending.clientId ||
      form.get("redirect_uri") !== pending.redirectUri
    )
      return fail(
        400,
        "invalid_grant",
        "AADSTS50148: The redirect URI or client does not match the authorization request."
      );
    const verifier = form.get("code_verifier") ?? "";
    if (createHash("sha256").update(verifier).digest("base64url") !== pending.challenge)
      return fail(
        400,
        "invalid_grant",
        "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request."
      );
    // The token is for the resource the redemption names; the authorize request may have named more, for consent.
    const requested = resourceScopes(form.get("scope") ?? "");
    return {
      kind: "ok",
      grant: {
        user: pending.user,
        scopes: requested.length > 0 ? requested : pending.scopes,
        nonce: pending.nonce,
      },
    };
  }

  redeemRefreshToken(form: URLSearchParams, origin: string | undefined): RedeemOutcome {
    if (!origin)
      return fail(
        400,
        "invalid_request",
        "AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests."
      );
    const grant =
      form.get("client_id") === this.app.clientId
        ? this.refreshTokens.get(form.get("refresh_token") ?? "")
        : undefined;
    if (!grant)
      return fail(400, "invalid_grant", "AADSTS70000: The provided refresh token is not valid.");
    const requested = resourceScopes(form.get("scope") ?? "");
    return {
      kind: "ok",
      grant: { ...grant, scopes: requested.length > 0 ? requested : grant.scopes, nonce: null },
    };
  }

  newRefreshToken(grant: SignedInGrant): string {
    const token = `sim-refresh.${randomBytes(24).toString("base64url")}`;
    this.refreshTokens.set(token, grant);
    return token;
  }
}

/** The scopes that name a resource, without the OpenID Connect ones. */
export function resourceScopes(scope: string): string[] {
  return scope.split(" ").filter((entry) => entry && !OIDC_SCOPES.has(entry));
}

/** msal builds its account keys from client_info; without it users would share cache entries. */
export function clientInfo(user: SimulatedUser): string {
  return Buffer.from(JSON.stringify({ uid: user.oid, utid: user.tid })).toString("base64url");
}

function fail(status: number, error: string, description: string): RedeemOutcome {
  return { kind: "error", status, error, description };
}
