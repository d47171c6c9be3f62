import assert from "node:assert/strict";
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { AuthError, createTokenValidator } from "../../../server/auth/tokenValidator.js";
import { AUTHORITY_HOST } from "../../../server/auth/microsoftIdentity.js";
import { IdentitySimulator } from "../../simulators/identity/identitySimulator.js";
import { CLIENT_ID, CLIENT_SECRET, MARIE } from "../../helpers/liveStack.js";

describe("token validation (server/auth/tokenValidator)", () => {
  let identity: IdentitySimulator;
  before(async () => {
    identity = new IdentitySimulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    await identity.listen();
  });
  after(() => identity.close());

  /** A validator whose signature checks are counted (each asks for the signing key once). */
  const counted = () => {
    const remote = createRemoteJWKSet(new URL(identity.jwksUrl));
    const checks = { count: 0 };
    const keys: JWTVerifyGetKey = (header, token) => {
      checks.count++;
      return remote(header, token);
    };
    const validate = createTokenValidator(
      {
        clientId: CLIENT_ID,
        authorityHost: AUTHORITY_HOST,
        jwksUrl: identity.jwksUrl,
        requiredScope: "access_as_user",
      },
      keys
    );
    return { validate, checks };
  };

  it("checks a token's signature once, then remembers it until it expires", async () => {
    const { validate, checks } = counted();
    // Two seconds of life at least, so that a slow first check (fetching the keys) stays inside it.
    const exp = Math.floor(Date.now() / 1000) + 3;
    const token = await identity.issueApiToken(MARIE, { exp });
    for (let request = 0; request < 3; request++)
      assert.equal((await validate(`Bearer ${token}`)).oid, MARIE.oid);
    assert.equal(checks.count, 1);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 300));
    // Past exp (inside the clock tolerance) it is checked again, not taken from memory.
    assert.equal((await validate(`Bearer ${token}`)).oid, MARIE.oid);
    assert.equal(checks.count, 2);
  });

  it("remembers nothing it refused", async () => {
    const { validate, checks } = counted();
    const wrongScope = await identity.issueApiToken(MARIE, { scp: "other" });
    for (let request = 0; request < 2; request++)
      await assert.rejects(validate(`Bearer ${wrongScope}`), AuthError);
    assert.equal(checks.count, 2);
  });
});
