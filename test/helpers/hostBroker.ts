// What Outlook's broker does for nested app authentication, for the Office double: msal-browser in the
// taskpane talks to window.nestedAppAuthBridge (GetInitContext, GetToken, GetTokenPopup, as JSON
// envelopes); the host signs the user in at the identity platform with the add-in's
// brk-multihub://<origin> redirect URI and hands the tokens back. Here the host side runs in the test
// process (a Playwright binding) and signs in against the identity simulator over HTTP, so an
// unregistered broker redirect URI or a refused consent fails exactly as it would in Outlook.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { decodeJwt } from "jose";
import { CLIENT_ID } from "./liveStack.js";
import { resourceScopes } from "../simulators/identity/authorizationCodeFlow.js";

interface BridgeRequest {
  method: "GetInitContext" | "GetToken" | "GetTokenPopup";
  requestId: string;
  tokenParams?: { scope: string; forceRefresh?: boolean };
}

export interface HostBroker {
  /** Each request msal-browser sent over the bridge: method and scope. */
  requests: { method: string; scope: string }[];
}

/** `refuse`: the host reports NestedAppAuth but cannot broker this account (the documentation's Outlook.com contradiction). */
export async function installHostBroker(
  context: BrowserContext,
  identityBaseUrl: string,
  addinOrigin: string,
  options: { refuse?: boolean } = {}
): Promise<HostBroker> {
  const broker: HostBroker = { requests: [] };
  const held = new Map<string, { token: object; account: object }>();
  const redirectUri = `brk-multihub://${new URL(addinOrigin).host}`;

  async function signIn(
    scope: string
  ): Promise<
    | { token: object; account: object }
    | { error: { status: string; code: string; description: string } }
  > {
    const verifier = randomBytes(32).toString("base64url");
    const query = new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: `${scope} openid profile offline_access`,
      state: randomUUID(),
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
    });
    const authorize = await fetch(`${identityBaseUrl}/common/oauth2/v2.0/authorize?${query}`, {
      redirect: "manual",
    });
    const location = authorize.headers.get("location");
    if (!location)
      return {
        error: {
          status: "PERSISTENT_ERROR",
          code: "invalid_request",
          description: await authorize.text(),
        },
      };
    const answer = new URLSearchParams(new URL(location).hash.slice(1));
    if (answer.get("error"))
      return {
        error: {
          status: answer.get("error") === "access_denied" ? "USER_CANCEL" : "PERSISTENT_ERROR",
          code: answer.get("error")!,
          description: answer.get("error_description") ?? "",
        },
      };
    const response = await fetch(`${identityBaseUrl}/common/oauth2/v2.0/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: redirectUri },
      body: new URLSearchParams({
        client_id: CLIENT_ID,
        grant_type: "authorization_code",
        code: answer.get("code")!,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        scope,
      }),
    });
    const body = (await response.json()) as {
      access_token?: string;
      id_token?: string;
      expires_in?: number;
      scope?: string;
      error?: string;
      error_description?: string;
    };
    if (!body.access_token || !body.id_token)
      return {
        error: {
          status: "PERSISTENT_ERROR",
          code: body.error ?? "token_error",
          description: body.error_description ?? "",
        },
      };
    const claims = decodeJwt(body.id_token) as {
      oid: string;
      tid: string;
      preferred_username: string;
      name: string;
    };
    return {
      token: {
        access_token: body.access_token,
        expires_in: body.expires_in ?? 3599,
        id_token: body.id_token,
        properties: null,
        scope: body.scope,
      },
      account: {
        homeAccountId: `${claims.oid}.${claims.tid}`,
        environment: "login.microsoftonline.com",
        tenantId: claims.tid,
        username: claims.preferred_username,
        localAccountId: claims.oid,
        name: claims.name,
        idToken: body.id_token,
      },
    };
  }

  await context.exposeBinding("__officeHostBroker", async (_source, raw: string) => {
    const request = JSON.parse(raw) as BridgeRequest;
    const scope = resourceScopes(request.tokenParams?.scope ?? "").join(" ");
    broker.requests.push({ method: request.method, scope });
    const reply = (body: object) =>
      JSON.stringify({
        messageType: "NestedAppAuthResponse",
        requestId: request.requestId,
        ...body,
      });
    if (request.method === "GetInitContext")
      return reply({
        success: true,
        initContext: {
          sdkName: "office-double-host",
          sdkVersion: "1.0.0",
          capabilities: { queryAccount: false },
        },
      });
    const cached = held.get(scope);
    if (request.method === "GetToken") {
      if (cached && !request.tokenParams?.forceRefresh) return reply({ success: true, ...cached });
      return reply({
        success: false,
        error: {
          status: "USER_INTERACTION_REQUIRED",
          code: "interaction_required",
          description: "The host holds no token for this scope.",
        },
      });
    }
    if (options.refuse)
      return reply({
        success: false,
        error: {
          status: "PERSISTENT_ERROR",
          code: "unsupported_account_type",
          description: "This account cannot use nested app authentication here.",
        },
      });
    const result = await signIn(scope);
    if ("error" in result) return reply({ success: false, error: result.error });
    held.set(scope, result);
    return reply({ success: true, ...result });
  });
  return broker;
}
