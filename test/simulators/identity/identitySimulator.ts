// A Microsoft identity platform simulator over real HTTP, for tests only (it issues tokens, so it is
// never part of the service's build): OpenID metadata,
// instance discovery, JWKS, the SPA sign-in of msal-browser (authorize + code with PKCE + refresh,
// see authorizationCodeFlow.ts) and the token endpoint's On-Behalf-Of grant, for Microsoft Graph or
// for Outlook's IMAP (one resource per token). Outlook tokens can be checked at an RFC 7662
// introspection endpoint (POST /simulator/introspect, which Microsoft does not have): the test IMAP
// server (dovecot's oauth2 passdb) validates bearer tokens there. The real msal-node and
// msal-browser calls and our jose validation run against it unchanged; only the wire differs
// (msal-node is pointed here by its network client, the test browser by request routing, because
// both insist on Microsoft's https authority). It also mints user tokens directly, for tests.
import type http from "node:http";
import {
  readBody,
  startLoopbackServer,
  type LoopbackServer,
} from "../../../server/simulators/loopbackServer.js";
import { randomBytes, randomUUID } from "node:crypto";
import {
  SignJWT,
  errors,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from "jose";
import { AuthorizationCodeFlow, clientInfo, type SignedInGrant } from "./authorizationCodeFlow.js";
import { Consents } from "./consents.js";
import type { SimulatedUser } from "./simulatedUser.js";

import { AUTHORITY_HOST } from "../../../server/auth/microsoftIdentity.js";

export const CONSUMERS_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

export type { SimulatedUser } from "./simulatedUser.js";

export interface RegisteredApp {
  clientId: string;
  clientSecret: string;
}

export interface IssuedGraphToken {
  user: SimulatedUser;
  scopes: string[];
  expiresAt: number;
}

/** The resources the simulator issues On-Behalf-Of tokens for, by scope prefix. */
export const GRAPH_RESOURCE = "https://graph.microsoft.com/";
export const OUTLOOK_RESOURCE = "https://outlook.office.com/";

export class IdentitySimulator {
  readonly tokenRequests: { grantType: string; scope: string }[] = [];
  private readonly graphTokens = new Map<string, IssuedGraphToken>();
  private readonly outlookTokens = new Map<string, IssuedGraphToken>();
  /** Introspection requests: whether each token presented was active. */
  readonly introspections: boolean[] = [];
  private server: LoopbackServer | null = null;
  private origin = "";
  private privateKey!: CryptoKey;
  private publicKey!: CryptoKey;
  private publicJwk!: JWK;
  readonly kid = randomUUID();
  /** The app's SPA redirect URIs (brk-multihub://…, the dialog page, the standalone redirect page). */
  readonly spaRedirectUris: string[] = [];
  /** Interactive sign-in: set `signIn.signedInUser` to choose who signs in. */
  readonly signIn: AuthorizationCodeFlow;
  /** Claims to break in the next API tokens handed to the taskpane, one entry per token (e.g. an exp already past). */
  readonly spaTokenFaults: JWTPayload[] = [];
  /** Delegated permissions users consented to (or an admin granted): On-Behalf-Of needs them. */
  readonly consents = new Consents();

  constructor(private readonly app: RegisteredApp) {
    this.signIn = new AuthorizationCodeFlow(
      { clientId: app.clientId, spaRedirectUris: this.spaRedirectUris },
      this.consents
    );
  }

  get baseUrl(): string {
    return this.origin;
  }

  async listen(port = 0, host = "127.0.0.1"): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.publicJwk = { ...(await exportJWK(publicKey)), kid: this.kid, use: "sig", alg: "RS256" };
    this.server = await startLoopbackServer((req, res) => void this.handle(req, res), port, host);
    this.origin = this.server.url;
    return this.origin;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  /** The JWKS URL our API validates against (http here; https://login.microsoftonline.com in production). */
  get jwksUrl(): string {
    return `${this.origin}/common/discovery/v2.0/keys`;
  }

  /** Graph access token → who it was issued for (the Graph simulator asks this). */
  resolveGraphToken(token: string): IssuedGraphToken | undefined {
    const issued = this.graphTokens.get(token);
    return issued && issued.expiresAt > Date.now() ? issued : undefined;
  }

  /** A v2.0 access token for our API, as the taskpane would obtain it; `overrides` break it on purpose. */
  async issueApiToken(
    user: SimulatedUser,
    overrides: JWTPayload & { header?: Record<string, unknown> } = {},
    key: CryptoKey = this.privateKey
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const { header, ...claims } = overrides;
    return new SignJWT({
      aud: this.app.clientId,
      iss: `${AUTHORITY_HOST}/${user.tid}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      tid: user.tid,
      oid: user.oid,
      sub: user.oid,
      preferred_username: user.upn,
      name: user.name,
      scp: "access_as_user",
      ver: "2.0",
      azp: randomUUID(),
      ...claims,
    })
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: this.kid, ...header })
      .sign(key);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.origin);
    const segments = url.pathname.split("/").filter(Boolean);
    const tenant = segments[0] ?? "common";
    const authority = `${AUTHORITY_HOST}/${tenant}`;
    // Browsers call the metadata and token endpoints cross-origin, as Entra allows for SPA clients.
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
    if (req.method === "OPTIONS") {
      return void res
        .writeHead(204, {
          "Access-Control-Allow-Methods": "GET, POST",
          "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "",
          "Access-Control-Max-Age": "86400",
        })
        .end();
    }
    if (req.method === "GET" && url.pathname.endsWith("/oauth2/v2.0/authorize")) {
      const outcome = this.signIn.authorize(url.searchParams);
      if (outcome.kind === "page")
        return void res
          .writeHead(outcome.status, { "Content-Type": "text/plain; charset=utf-8" })
          .end(outcome.text);
      return void res
        .writeHead(302, { Location: outcome.location, "Cache-Control": "no-store" })
        .end();
    }
    if (req.method === "GET" && url.pathname.endsWith("/v2.0/.well-known/openid-configuration")) {
      return json(res, 200, {
        issuer: `${AUTHORITY_HOST}/${tenant === "common" || tenant === "organizations" || tenant === "consumers" ? "{tenantid}" : tenant}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
        response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
        subject_types_supported: ["pairwise"],
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: [
          "client_secret_post",
          "private_key_jwt",
          "client_secret_basic",
        ],
        scopes_supported: ["openid", "profile", "email", "offline_access"],
        tenant_region_scope: null,
        cloud_instance_name: "microsoftonline.com",
      });
    }
    if (req.method === "GET" && url.pathname.endsWith("/discovery/instance")) {
      return json(res, 200, {
        tenant_discovery_endpoint: `${AUTHORITY_HOST}/${tenant}/v2.0/.well-known/openid-configuration`,
        "api-version": "1.1",
        metadata: [
          {
            preferred_network: "login.microsoftonline.com",
            preferred_cache: "login.windows.net",
            aliases: [
              "login.microsoftonline.com",
              "login.windows.net",
              "login.microsoft.com",
              "sts.windows.net",
            ],
          },
        ],
      });
    }
    if (req.method === "GET" && url.pathname.endsWith("/discovery/v2.0/keys"))
      return json(res, 200, { keys: [this.publicJwk] });
    if (req.method === "POST" && url.pathname.endsWith("/oauth2/v2.0/token"))
      return this.token(req, res, tenant);
    if (req.method === "POST" && url.pathname === "/simulator/introspect")
      return this.introspect(req, res);
    json(res, 404, { error: "not_found" });
  }

  private async token(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    tenant: string
  ): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const grantType = form.get("grant_type") ?? "";
    const scope = form.get("scope") ?? "";
    this.tokenRequests.push({ grantType, scope });
    const fail = (status: number, error: string, description: string) =>
      json(res, status, {
        error,
        error_description: description.startsWith("AADSTS")
          ? description
          : `AADSTS50000: ${description}`,
        error_codes: [50000],
        timestamp: new Date().toISOString(),
        trace_id: randomUUID(),
        correlation_id: randomUUID(),
      });
    if (grantType === "authorization_code" || grantType === "refresh_token") {
      const outcome =
        grantType === "authorization_code"
          ? this.signIn.redeemCode(form, req.headers.origin)
          : this.signIn.redeemRefreshToken(form, req.headers.origin);
      if (outcome.kind === "error") return fail(outcome.status, outcome.error, outcome.description);
      return this.spaTokens(res, outcome.grant, fail);
    }
    if (
      form.get("client_id") !== this.app.clientId ||
      form.get("client_secret") !== this.app.clientSecret
    )
      return fail(401, "invalid_client", "Invalid client secret provided.");
    if (
      grantType !== "urn:ietf:params:oauth:grant-type:jwt-bearer" ||
      form.get("requested_token_use") !== "on_behalf_of"
    )
      return fail(400, "unsupported_grant_type", "Only the On-Behalf-Of grant is simulated.");
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(form.get("assertion") ?? "", this.publicKey, {
        audience: this.app.clientId,
      }));
    } catch (error) {
      // Entra checks the assertion's expiry without our clock skew, and says so with AADSTS500133.
      if (error instanceof errors.JWTExpired)
        return json(res, 400, {
          error: "invalid_grant",
          error_description: `AADSTS500133: Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token. Current time: ${new Date().toISOString()}.`,
          error_codes: [500133],
          timestamp: new Date().toISOString(),
          trace_id: randomUUID(),
          correlation_id: randomUUID(),
        });
      return fail(400, "invalid_grant", "The assertion is not a valid token for this application.");
    }
    if (claims.tid !== tenant)
      return fail(
        400,
        "invalid_request",
        "The authority's tenant does not match the token's tenant."
      );
    const scopes = scope.split(" ").filter((entry) => entry.startsWith("https://"));
    const resources = new Set(
      scopes.map((entry) =>
        entry.startsWith(OUTLOOK_RESOURCE) ? OUTLOOK_RESOURCE : GRAPH_RESOURCE
      )
    );
    if (
      resources.size > 1 ||
      scopes.some(
        (entry) => !entry.startsWith(GRAPH_RESOURCE) && !entry.startsWith(OUTLOOK_RESOURCE)
      )
    )
      return fail(
        400,
        "invalid_scope",
        "AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource."
      );
    const user: SimulatedUser = {
      oid: String(claims.oid),
      tid: String(claims.tid),
      upn: String(claims.preferred_username ?? ""),
      name: String(claims.name ?? ""),
    };
    if (!this.consents.covers(user.oid, scopes)) {
      return json(res, 400, {
        error: "invalid_grant",
        error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${this.app.clientId}'. Send an interactive authorization request for this user and resource.`,
        error_codes: [65001],
        suberror: "consent_required",
        timestamp: new Date().toISOString(),
        trace_id: randomUUID(),
        correlation_id: randomUUID(),
      });
    }
    json(res, 200, {
      token_type: "Bearer",
      scope: scopes.join(" "),
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: resources.has(OUTLOOK_RESOURCE)
        ? this.outlookToken(user, scopes)
        : this.graphToken(user, scopes),
      client_info: clientInfo(user),
    });
  }

  private outlookToken(user: SimulatedUser, scopes: string[]): string {
    const accessToken = `sim-outlook.${randomBytes(24).toString("base64url")}`;
    this.outlookTokens.set(accessToken, { user, scopes, expiresAt: Date.now() + 3600_000 });
    return accessToken;
  }

  /** RFC 7662: is this an unexpired Outlook token, and for whom (`username`: the user's sign-in name)? */
  private async introspect(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const token = new URLSearchParams(await readBody(req)).get("token") ?? "";
    const issued = this.outlookTokens.get(token);
    const active = issued !== undefined && issued.expiresAt > Date.now();
    this.introspections.push(active);
    if (!active) return json(res, 200, { active: false });
    json(res, 200, {
      active: true,
      username: issued.user.upn,
      scope: issued.scopes.join(" "),
      aud: OUTLOOK_RESOURCE.replace(/\/$/, ""),
      exp: Math.floor(issued.expiresAt / 1000),
      token_type: "Bearer",
    });
  }

  private graphToken(user: SimulatedUser, scopes: string[]): string {
    const accessToken = `sim-graph.${randomBytes(24).toString("base64url")}`;
    this.graphTokens.set(accessToken, { user, scopes, expiresAt: Date.now() + 3600_000 });
    return accessToken;
  }

  /** Tokens for the taskpane: one resource per token, either our own API (what the app exposes) or Microsoft Graph. */
  private async spaTokens(
    res: http.ServerResponse,
    grant: SignedInGrant,
    fail: (status: number, error: string, description: string) => void
  ): Promise<void> {
    const names = grant.scopes.map(
      (scope) => new RegExp(`^api://[^/]+/${this.app.clientId}/([\\w.-]+)$`).exec(scope)?.[1]
    );
    const forGraph =
      grant.scopes.length > 0 &&
      grant.scopes.every((scope) => scope.startsWith("https://graph.microsoft.com/"));
    if (!forGraph && (names.length === 0 || names.some((name) => !name)))
      return fail(
        400,
        "invalid_scope",
        "AADSTS70011: A token is issued for one resource: this application's API or Microsoft Graph."
      );
    const { user } = grant;
    const now = Math.floor(Date.now() / 1000);
    const idToken = await new SignJWT({
      aud: this.app.clientId,
      iss: `${AUTHORITY_HOST}/${user.tid}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      tid: user.tid,
      oid: user.oid,
      sub: user.oid,
      preferred_username: user.upn,
      name: user.name,
      ver: "2.0",
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    })
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: this.kid })
      .sign(this.privateKey);
    json(res, 200, {
      token_type: "Bearer",
      scope: grant.scopes.join(" "),
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: forGraph
        ? this.graphToken(user, grant.scopes)
        : await this.issueApiToken(user, {
            scp: names.join(" "),
            azp: this.app.clientId,
            ...this.spaTokenFaults.shift(),
          }),
      refresh_token: this.signIn.newRefreshToken(grant),
      id_token: idToken,
      client_info: clientInfo(user),
    });
  }
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
    })
    .end(JSON.stringify(body));
}
