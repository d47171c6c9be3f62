// The identity simulator's sign-in half, over HTTP, as msal-browser drives it: it must refuse what
// Microsoft's identity platform refuses, or the browser tests would pass against a lenient double.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { decodeJwt } from "jose";
import { createTokenValidator } from "../../../server/auth/tokenValidator.js";
import { AUTHORITY_HOST } from "../../../server/auth/microsoftIdentity.js";
import { IdentitySimulator } from "./identitySimulator.js";
import { CLIENT_ID, CLIENT_SECRET, MARIE } from "../../helpers/liveStack.js";

const ORIGIN = "https://mailbridge.example.org";
const REDIRECT = `${ORIGIN}/signin-redirect.html`;
const SCOPE = `api://mailbridge.example.org/${CLIENT_ID}/access_as_user`;

describe("identity simulator: single-page app sign-in (test/simulators/identity, test-only)", () => {
  let identity: IdentitySimulator;
  before(async () => {
    identity = new IdentitySimulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    identity.spaRedirectUris.push(REDIRECT);
    await identity.listen();
  });
  after(() => identity.close());
  beforeEach(() => {
    identity.signIn.signedInUser = MARIE;
  });

  const verifier = () => randomBytes(32).toString("base64url");
  const challengeOf = (value: string) => createHash("sha256").update(value).digest("base64url");

  async function authorize(params: Record<string, string>): Promise<Response> {
    const query = new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT,
      response_type: "code",
      response_mode: "fragment",
      scope: `${SCOPE} openid profile offline_access`,
      state: "s1",
      nonce: "n1",
      ...params,
    });
    return fetch(`${identity.baseUrl}/common/oauth2/v2.0/authorize?${query}`, {
      redirect: "manual",
    });
  }
  const answer = (response: Response) =>
    new URLSearchParams(new URL(response.headers.get("location") ?? "").hash.slice(1));
  const redeem = (form: Record<string, string>, origin: string | null = ORIGIN) =>
    fetch(`${identity.baseUrl}/common/oauth2/v2.0/token`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        ...(origin ? { Origin: origin } : {}),
      },
      body: new URLSearchParams(form),
    });
  async function codeFor(codeVerifier: string): Promise<string> {
    const response = await authorize({
      code_challenge: challengeOf(codeVerifier),
      code_challenge_method: "S256",
    });
    assert.equal(response.status, 302);
    const params = answer(response);
    assert.equal(params.get("state"), "s1");
    return params.get("code") ?? "";
  }

  it("redirects with a one-time code that only the PKCE verifier redeems, for a token our API accepts", async () => {
    const codeVerifier = verifier();
    const code = await codeFor(codeVerifier);
    const form = {
      client_id: CLIENT_ID,
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: codeVerifier,
      scope: SCOPE,
    };
    const response = await redeem(form);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("access-control-allow-origin"), ORIGIN);
    const tokens = (await response.json()) as {
      access_token: string;
      id_token: string;
      refresh_token: string;
      client_info: string;
      scope: string;
    };
    assert.equal(tokens.scope, SCOPE);
    assert.equal(decodeJwt(tokens.id_token).nonce, "n1");
    assert.deepEqual(JSON.parse(Buffer.from(tokens.client_info, "base64url").toString()), {
      uid: MARIE.oid,
      utid: MARIE.tid,
    });
    const validate = createTokenValidator({
      clientId: CLIENT_ID,
      authorityHost: AUTHORITY_HOST,
      jwksUrl: identity.jwksUrl,
      requiredScope: "access_as_user",
    });
    assert.equal((await validate(`Bearer ${tokens.access_token}`)).oid, MARIE.oid);

    const again = await redeem(form);
    assert.equal(again.status, 400, "a code is redeemed once");
    assert.match(
      ((await again.json()) as { error_description: string }).error_description,
      /AADSTS70008/
    );

    const refreshed = await redeem({
      client_id: CLIENT_ID,
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      scope: `${SCOPE} openid`,
    });
    assert.equal(refreshed.status, 200);
    assert.equal(
      decodeJwt(((await refreshed.json()) as { access_token: string }).access_token).scp,
      "access_as_user"
    );
  });

  it("refuses a wrong verifier, another redirect URI, and a redemption that is not cross-origin", async () => {
    const codeVerifier = verifier();
    const base = {
      client_id: CLIENT_ID,
      grant_type: "authorization_code",
      redirect_uri: REDIRECT,
      code_verifier: codeVerifier,
      scope: SCOPE,
    };
    const wrongVerifier = await redeem({
      ...base,
      code: await codeFor(codeVerifier),
      code_verifier: verifier(),
    });
    assert.match(
      ((await wrongVerifier.json()) as { error_description: string }).error_description,
      /AADSTS501481/
    );
    const wrongRedirect = await redeem({
      ...base,
      code: await codeFor(codeVerifier),
      redirect_uri: `${ORIGIN}/other.html`,
    });
    assert.equal(((await wrongRedirect.json()) as { error: string }).error, "invalid_grant");
    const noOrigin = await redeem({ ...base, code: await codeFor(codeVerifier) }, null);
    assert.match(
      ((await noOrigin.json()) as { error_description: string }).error_description,
      /AADSTS9002327/
    );
  });

  it("shows an error page (no redirect) for a redirect URI the app did not register", async () => {
    const response = await authorize({
      redirect_uri: `${ORIGIN}/evil.html`,
      code_challenge: challengeOf(verifier()),
      code_challenge_method: "S256",
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get("location"), null);
    assert.match(await response.text(), /AADSTS50011/);
  });

  it("requires PKCE, and answers login_required (silent) or access_denied (interactive) when nobody signs in", async () => {
    assert.equal(answer(await authorize({})).get("error"), "invalid_request");
    identity.signIn.signedInUser = null;
    const pkce = { code_challenge: challengeOf(verifier()), code_challenge_method: "S256" };
    assert.equal(
      answer(await authorize({ ...pkce, prompt: "none" })).get("error"),
      "login_required"
    );
    assert.equal(answer(await authorize(pkce)).get("error"), "access_denied");
  });

  it("issues a token for one resource: the app's own API or Microsoft Graph, not a mix", async () => {
    for (const [scope, expected] of [
      ["https://graph.microsoft.com/Mail.Read openid", "ok"],
      [`${SCOPE} https://graph.microsoft.com/Mail.Read`, "invalid_scope"],
      ["api://elsewhere/00000000-0000-0000-0000-000000000001/access_as_user", "invalid_scope"],
    ] as const) {
      const codeVerifier = verifier();
      const response = await authorize({
        scope,
        code_challenge: challengeOf(codeVerifier),
        code_challenge_method: "S256",
      });
      const code = answer(response).get("code") ?? "";
      const redeemed = (await (
        await redeem({
          client_id: CLIENT_ID,
          grant_type: "authorization_code",
          code,
          redirect_uri: REDIRECT,
          code_verifier: codeVerifier,
          scope,
        })
      ).json()) as { error?: string; access_token?: string };
      assert.equal(redeemed.error ?? "ok", expected, scope);
      if (expected === "ok")
        assert.equal(identity.resolveGraphToken(redeemed.access_token!)?.user.oid, MARIE.oid);
    }
  });
});
