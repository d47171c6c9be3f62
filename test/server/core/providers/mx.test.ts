import assert from "node:assert/strict";
import type { MxRecord } from "@contracts/connectivity.js";
import {
  PROVIDERS,
  parseCatalog,
  readCatalogFiles,
} from "../../../../server/core/providers/catalog.js";
import { CUSTOM_DOMAINS } from "../../../fixtures/customDomains.js";
import {
  lookupProvider,
  providerFromMx,
  resolveProvider,
} from "../../../../server/core/providers/lookup.js";

const mx = (...hosts: [string, number][]): MxRecord[] =>
  hosts.map(([exchange, priority]) => ({ exchange, priority }));

describe("provider from a domain's MX records (server/core/providers)", () => {
  describe("a custom domain hosted at each listed provider is recognised", () => {
    for (const { name, mx: hosts, provider } of CUSTOM_DOMAINS) {
      it(`${name}.fr → ${provider}`, () => {
        const result = lookupProvider(`contact@${name}.fr`, { records: mx(...hosts) });
        assert.equal(result.provider.id, provider);
        assert.equal(result.evidence.by, "mx");
        assert.deepEqual(
          result.protocols.map((entry) => entry.protocol),
          ["pop3", "imap", "smtp", "mapi", "eas"]
        );
      });
    }
  });

  it("every MX pattern of the catalog names its own provider, and cites a public source", () => {
    for (const provider of PROVIDERS)
      for (const pattern of provider.mx) {
        assert.equal(
          providerFromMx(mx([`mx1.${pattern.suffix}`, 10]))?.provider.id,
          provider.id,
          pattern.suffix
        );
        assert.match(pattern.source, /^https:\/\//);
      }
  });

  it("follows the preferred server: a backup MX at another provider does not decide", () => {
    const found = providerFromMx(mx(["backup.mail.gandi.net", 50], ["mx1.mail.ovh.net", 5]));
    assert.equal(found?.provider.id, "ovhcloud");
    assert.equal(found?.exchange, "mx1.mail.ovh.net");
  });

  it("reads server names the way DNS writes them: any case, with the root's trailing dot", () => {
    assert.equal(providerFromMx(mx(["MX1.Mail.OVH.net.", 1]))?.provider.id, "ovhcloud");
  });

  it("matches whole labels only: a look-alike host is not the provider", () => {
    assert.equal(providerFromMx(mx(["mx1.evilmail.ovh.net.example", 1])), null);
    assert.equal(providerFromMx(mx(["notmail.ovh.net", 1])), null);
  });

  it("a server named exactly like a catalog MX name belongs to its provider", () => {
    assert.equal(providerFromMx(mx(["smtp.google.com", 1]))?.provider.id, "google-workspace");
    assert.equal(providerFromMx(mx(["ASPMX.L.GOOGLE.COM.", 1]))?.exchange, "aspmx.l.google.com");
  });

  it("tries the next server by priority when the preferred one is at no provider we know", () => {
    const found = providerFromMx(
      mx(["mx.backup-relay.example", 20], ["mail.own-server.fr", 5], ["mx1.mail.gandi.net", 30])
    );
    assert.equal(found?.provider.id, "gandi");
    assert.equal(found?.exchange, "mx1.mail.gandi.net");
    assert.equal(providerFromMx(mx(["mail.own-server.fr", 5])), null);
    assert.equal(providerFromMx([]), null);
  });

  it("within one server name, the most specific MX name wins", () => {
    // A catalog where Microsoft 365 would also claim every *.protection.outlook.com server.
    const files = readCatalogFiles();
    const m365 = files.find((file) => file.name === "microsoft-365.json")!.data as {
      mx: { suffix: string; source: string }[];
    };
    m365.mx.push({ suffix: "protection.outlook.com", source: "https://example.org" });
    const catalog = parseCatalog(files);
    const at = (exchange: string) => providerFromMx(mx([exchange, 10]), catalog);
    assert.equal(at("hotmail-com.olc.protection.outlook.com")?.provider.id, "microsoft-consumer");
    assert.equal(
      at("hotmail-com.olc.protection.outlook.com")?.pattern.suffix,
      "olc.protection.outlook.com"
    );
    assert.equal(
      at("contoso-com.mail.protection.outlook.com")?.pattern.suffix,
      "mail.protection.outlook.com"
    );
    assert.equal(at("x.eop.protection.outlook.com")?.pattern.suffix, "protection.outlook.com");
  });

  it('a null MX is only a null MX when it stands alone, written "" or "."', () => {
    assert.deepEqual(resolveProvider("x.fr", { records: mx([".", 0]) }).evidence, {
      by: "none",
      dns: "null-mx",
    });
    const mixed = resolveProvider("x.fr", { records: mx(["", 0], ["mx1.mail.ovh.net", 10]) });
    assert.equal(mixed.provider.id, "ovhcloud");
  });

  it("names the preferred server of a domain at a host we do not know, the way DNS writes names", () => {
    const records = mx(["mail2.x.fr", 20], ["MAIL1.X.FR.", 10]);
    assert.deepEqual(resolveProvider("x.fr", { records }), {
      provider: resolveProvider("x.fr", null).provider,
      evidence: { by: "none", exchange: "mail1.x.fr" },
    });
    assert.equal(resolveProvider("x.fr", null).provider.kind, "other");
  });

  it("without DNS facts, an unknown domain's provider is unknown, and a known one's from the catalog", () => {
    assert.deepEqual(resolveProvider("x.fr", null).evidence, { by: "none" });
    assert.deepEqual(resolveProvider("gmail.com", null).evidence, { by: "catalog" });
  });

  it("a custom domain's lookup gives the provider's summary, webmail and server settings", () => {
    const ovh = PROVIDERS.find((provider) => provider.id === "ovhcloud")!;
    assert.deepEqual(
      lookupProvider("Contact@Boulangerie.FR", { records: mx(["mx1.mail.ovh.net", 10]) }),
      {
        email: "Contact@boulangerie.fr",
        domain: "boulangerie.fr",
        provider: {
          id: "ovhcloud",
          name: "OVHcloud",
          kind: "hosting",
          webmail: "https://www.ovhcloud.com/fr/mail/",
        },
        evidence: { by: "mx", exchange: "mx1.mail.ovh.net", unverified: false },
        webmail: "https://www.ovhcloud.com/fr/mail/",
        protocols: ovh.protocols,
      }
    );
  });

  it("says why DNS could not tell: no MX, a null MX (RFC 7505), a failed lookup, an unknown server", () => {
    assert.deepEqual(resolveProvider("x.fr", { records: [] }).evidence, {
      by: "none",
      dns: "no-mx",
    });
    assert.deepEqual(resolveProvider("x.fr", { records: mx(["", 0]) }).evidence, {
      by: "none",
      dns: "null-mx",
    });
    assert.deepEqual(resolveProvider("x.fr", { failure: "timeout" }).evidence, {
      by: "none",
      dns: "timeout",
    });
    assert.deepEqual(resolveProvider("x.fr", { records: mx(["mail.x.fr", 10]) }).evidence, {
      by: "none",
      exchange: "mail.x.fr",
    });
  });

  it("trusts the catalog for the domains it knows, whatever DNS says", () => {
    const result = resolveProvider("hotmail.fr", { records: mx(["mx1.mail.ovh.net", 1]) });
    assert.equal(result.provider.id, "microsoft-consumer");
    assert.deepEqual(result.evidence, { by: "catalog" });
  });

  it("says when a match rests on MX names we could not check with the provider", () => {
    const ionos = lookupProvider("a@b.fr", { records: mx(["mx00.ionos.fr", 10]) });
    assert.deepEqual(ionos.evidence, { by: "mx", exchange: "mx00.ionos.fr", unverified: true });
    const ovh = lookupProvider("a@b.fr", { records: mx(["mx1.mail.ovh.net", 10]) });
    assert.deepEqual(ovh.evidence, { by: "mx", exchange: "mx1.mail.ovh.net", unverified: false });
  });

  it("the catalog refuses an MX name claimed by two providers", () => {
    const files = readCatalogFiles();
    const gandi = files.find((file) => file.name === "gandi.json")!.data as {
      mx: { suffix: string; source: string }[];
    };
    gandi.mx.push({ suffix: "mail.ovh.net", source: "https://example.org" });
    assert.throws(
      () => parseCatalog(files),
      /MX name mail\.ovh\.net is listed by both gandi and ovhcloud/
    );
  });
});
