// The identity simulator's Outlook tokens: real msal-node On-Behalf-Of for the IMAP scope gives a
// token for Outlook (not Graph), which the RFC 7662 introspection endpoint the test IMAP server uses
// describes; anything else is inactive.
import assert from "node:assert/strict";
import { IMAP_SCOPES, GRAPH_READ_SCOPES } from "../../../server/auth/graphTokenProvider.js";
import { liveOboTokenProvider } from "../../../server/auth/liveAuth.js";
import { loadConfig } from "../../../server/config.js";
import { MARIE, startSimulators, type Simulators } from "../../helpers/liveStack.js";

describe("identity simulator: Outlook IMAP tokens and their introspection (test-only)", () => {
  let simulators: Simulators;
  before(async () => {
    simulators = await startSimulators();
    simulators.identity.consents.grant(MARIE.oid, IMAP_SCOPES);
  });
  after(() => simulators?.close());

  const exchange = async (scopes: string[]) => {
    const config = loadConfig({ HTTPS: "false", ...simulators.env });
    const user = {
      oid: MARIE.oid,
      tid: MARIE.tid,
      username: MARIE.upn,
      assertion: await simulators.identity.issueApiToken(MARIE),
    };
    return liveOboTokenProvider(config, config.azure!)(user, scopes);
  };
  const introspect = async (token: string) =>
    (await (
      await fetch(`${simulators.identity.baseUrl}/simulator/introspect`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token }),
      })
    ).json()) as Record<string, unknown>;

  it("an On-Behalf-Of token for IMAP is an Outlook token: active, for its user, with its scope", async () => {
    const token = await exchange(IMAP_SCOPES);
    const answer = await introspect(token);
    assert.equal(answer.active, true);
    assert.equal(answer.username, MARIE.upn);
    assert.equal(answer.scope, IMAP_SCOPES[0]);
    assert.equal(answer.aud, "https://outlook.office.com");
    assert.equal(simulators.identity.resolveGraphToken(token), undefined, "Graph refuses it");
  });

  it("a Graph token, an unknown string or nothing at all is inactive", async () => {
    const graph = await exchange(GRAPH_READ_SCOPES);
    for (const token of [graph, "sim-outlook.forged", ""])
      assert.deepEqual(await introspect(token), { active: false }, token);
  });

  it("refuses a token for two resources at once, as Entra does (AADSTS28000)", async () => {
    await assert.rejects(() => exchange([...IMAP_SCOPES, ...GRAPH_READ_SCOPES]), /invalid_scope/);
  });
});
