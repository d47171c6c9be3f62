import assert from "node:assert/strict";
import type { ProviderEvidence } from "@contracts/connectivity.js";
import { dnsProblem } from "../../../../../server/core/diagnosis/checks/dnsProblem.js";
import { parseEmail, resolveProvider } from "../../../../../server/core/providers/lookup.js";
import { facts } from "./facts.js";

const check = (evidence: ProviderEvidence | null, email: string | null = "a@broken.fr") =>
  dnsProblem(
    facts({
      address: email ? parseEmail(email) : null,
      provider: resolveProvider("broken.fr", null).provider,
      evidence,
    })
  );

describe("check dnsProblem: why DNS could not name the provider of a domain", () => {
  it("gives each failure its finding and severity, naming the domain", () => {
    const expected = {
      timeout: ["dns.timeout", "warning"],
      servfail: ["dns.servfail", "warning"],
      nxdomain: ["dns.nxdomain", "error"],
      nodata: ["dns.noMx", "warning"],
      "no-mx": ["dns.noMx", "warning"],
      "null-mx": ["dns.nullMx", "warning"],
      refused: ["dns.unavailable", "info"],
      unreachable: ["dns.unavailable", "info"],
    } as const;
    for (const [dns, [id, severity]] of Object.entries(expected))
      assert.deepEqual(
        check({ by: "none", dns: dns as keyof typeof expected }),
        [{ id, severity, params: { domain: "broken.fr" } }],
        dns
      );
  });

  it("silent when DNS answered: an unknown server, a provider found, the catalog, or not asked", () => {
    assert.deepEqual(check({ by: "none", exchange: "mail.broken.fr" }), []);
    assert.deepEqual(check({ by: "mx", exchange: "mx1.mail.ovh.net", unverified: false }), []);
    assert.deepEqual(check({ by: "catalog" }), []);
    assert.deepEqual(check({ by: "none" }), []);
    assert.deepEqual(check(null), []);
  });

  it("silent without an address", () => {
    assert.deepEqual(check({ by: "none", dns: "nxdomain" }, null), []);
  });
});
