import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { TokenCipher } from "../../../server/state/tokenCipher.js";

describe("token cache encryption at rest (server/state/tokenCipher)", () => {
  const cipher = new TokenCipher(randomBytes(32));
  const cache = JSON.stringify({ AccessToken: { key: { secret: "sim-graph.abcdef" } } });

  it("reads back what it wrote, and writes no token in clear", () => {
    const blob = cipher.encrypt(cache, "tenant:user");
    assert.doesNotMatch(blob, /sim-graph|AccessToken|secret/);
    assert.equal(cipher.decrypt(blob, "tenant:user"), cache);
    assert.notEqual(cipher.encrypt(cache, "tenant:user"), blob, "a fresh nonce each time");
  });

  it("reads nothing from a blob of another user, another key, or altered", () => {
    const blob = cipher.encrypt(cache, "tenant:user");
    assert.equal(cipher.decrypt(blob, "tenant:someone-else"), null);
    assert.equal(new TokenCipher(randomBytes(32)).decrypt(blob, "tenant:user"), null);
    const parts = blob.split(".");
    const altered = Buffer.from(parts[3]!, "base64url");
    altered[0] = altered[0]! ^ 1;
    parts[3] = altered.toString("base64url");
    assert.equal(cipher.decrypt(parts.join("."), "tenant:user"), null);
    for (const junk of ["", "v1", "v2.a.b.c", "{}", `${blob}.extra`])
      assert.equal(cipher.decrypt(junk, "tenant:user"), null, junk);
  });

  it("takes only a 32-byte key", () => {
    assert.throws(() => new TokenCipher(randomBytes(16)), /32 bytes/);
  });
});
