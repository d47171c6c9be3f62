// The service's production build (dist/server, made by `npm run build`, which `npm test` runs first)
// holds only what the service runs: no test double that could issue tokens ships with it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fromRoot } from "../../server/projectRoot.js";

describe("the service's build (dist/server)", () => {
  const bundle = readFileSync(fromRoot("dist/server/main.js"), "utf8");

  it("is the whole service in one file, with the Graph simulator that demo mode serves", () => {
    assert.match(bundle, /\bGraphSimulator = class\b/);
    assert.match(bundle, /MailBridge listening on/);
  });

  it("contains no token-issuing code (the identity simulator is test-only)", () => {
    for (const marker of [
      "IdentitySimulator",
      "SignJWT",
      "generateKeyPair",
      "exportJWK",
      "jwt-bearer",
    ]) {
      assert.equal(bundle.includes(marker), false, `dist/server/main.js contains ${marker}`);
    }
  });
});
