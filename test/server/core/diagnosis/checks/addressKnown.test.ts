import assert from "node:assert/strict";
import type { ProviderEvidence } from "@contracts/connectivity.js";
import { addressKnown } from "../../../../../server/core/diagnosis/checks/addressKnown.js";
import { parseEmail, resolveProvider } from "../../../../../server/core/providers/lookup.js";
import { catalogProvider, facts } from "./facts.js";

/** The facts of an address whose provider was found (or not) the way the diagnosis does. */
const known = (email: string, evidence: ProviderEvidence, providerId = "other") => {
  const address = parseEmail(email);
  const provider =
    providerId === "other"
      ? resolveProvider(address.domain, null).provider
      : catalogProvider(providerId);
  return addressKnown(facts({ address, provider, evidence }));
};

describe("check addressKnown: who provides the address, and how we know", () => {
  it("a domain of the catalog: names its provider", () => {
    assert.deepEqual(known("marie@hotmail.fr", { by: "catalog" }, "microsoft-consumer"), [
      {
        id: "providerKnown",
        severity: "info",
        params: { provider: "Outlook.com (Hotmail, Live, MSN)", domain: "hotmail.fr" },
      },
    ]);
  });

  it("a custom domain found from its MX record: names the provider and the mail server", () => {
    const evidence = { by: "mx", exchange: "mx1.mail.ovh.net", unverified: false } as const;
    assert.deepEqual(known("contact@boulangerie.fr", evidence, "ovhcloud"), [
      {
        id: "providerFromDns",
        severity: "info",
        params: { provider: "OVHcloud", domain: "boulangerie.fr", mx: "mx1.mail.ovh.net" },
      },
    ]);
  });

  it("found from MX names the provider does not document: says it is not confirmed", () => {
    const evidence = { by: "mx", exchange: "mx00.ionos.fr", unverified: true } as const;
    assert.deepEqual(known("a@pharmacie.fr", evidence, "ionos"), [
      {
        id: "providerFromDnsUnverified",
        severity: "info",
        params: { provider: "IONOS", domain: "pharmacie.fr", mx: "mx00.ionos.fr" },
      },
    ]);
  });

  it("an MX record at a server we do not know: names that server", () => {
    assert.deepEqual(known("a@asso.fr", { by: "none", exchange: "mail.asso.fr" }), [
      {
        id: "providerUnknownMx",
        severity: "info",
        params: { domain: "asso.fr", mx: "mail.asso.fr" },
      },
    ]);
  });

  it("a DNS failure: leaves the explanation to dnsProblem", () => {
    assert.deepEqual(known("a@broken.fr", { by: "none", dns: "servfail" }), []);
  });

  it("an unknown domain DNS was not asked about: says we do not know it", () => {
    const unknown = [
      { id: "providerUnknown", severity: "info", params: { domain: "example.org" } },
    ];
    assert.deepEqual(known("a@example.org", { by: "none" }), unknown);
    const { provider } = resolveProvider("example.org", null);
    assert.deepEqual(
      addressKnown(facts({ address: parseEmail("a@example.org"), provider, evidence: null })),
      unknown
    );
  });

  it("without an address or a provider: asks for the address", () => {
    const missing = [{ id: "addressMissing", severity: "info" }];
    assert.deepEqual(addressKnown(facts()), missing);
    assert.deepEqual(addressKnown(facts({ address: parseEmail("a@hotmail.fr") })), missing);
    assert.deepEqual(addressKnown(facts({ provider: catalogProvider("orange") })), missing);
  });
});
