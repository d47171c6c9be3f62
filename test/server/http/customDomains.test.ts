// Custom domains end to end: MailBridge asks a real DNS server (dnsmasq on loopback) and answers the
// lookup, the Thunderbird autoconfig and the diagnosis from what DNS says.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { DiagnoseResponse, Finding } from "@contracts/diagnosis.js";
import type { ProviderLookup } from "@contracts/providers.js";
import { CUSTOM_DOMAINS } from "../../fixtures/customDomains.js";
import { standalone } from "../../fixtures/snapshots.js";
import { startDnsServer, type TestDnsServer } from "../../helpers/dnsServer.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

const run = promisify(execFile);

describe("custom domains from DNS: lookup, autoconfig and diagnosis (HTTP + dnsmasq)", function () {
  this.timeout(20000);
  let dns: TestDnsServer;
  let app: TestApp;

  before(async () => {
    dns = await startDnsServer({
      mx: {
        ...Object.fromEntries(CUSTOM_DOMAINS.map(({ name, mx }) => [`${name}.test`, mx])),
        "cabinet-ok.test": [["cabinet-ok-test.mail.protection.outlook.com", 0]],
        "cabinet-old.test": [["cabinet-old-test.mail.protection.outlook.com", 0]],
      },
      cname: {
        "autodiscover.cabinet-ok.test": "autodiscover.outlook.com",
        "autodiscover.cabinet-old.test": "exchange.cabinet-old.test",
      },
      srv: {
        "_imaps._tcp.boulangerie-dupont.test": [["ssl0.ovh.net", 993, 0, 1]],
        "_submissions._tcp.boulangerie-dupont.test": [["smtp.old-host.test", 465, 0, 1]],
      },
      a: { "vitrine.test": "192.0.2.7" },
    });
    app = await startTestApp({ DNS_SERVERS: dns.address, DNS_TIMEOUT_MS: "200" });
  });
  after(async () => {
    await app?.close();
    await dns?.stop();
  });

  const lookup = async (email: string) => {
    const response = await fetch(
      `${app.url}/api/providers/lookup?email=${encodeURIComponent(email)}`
    );
    assert.equal(response.status, 200);
    return (await response.json()) as ProviderLookup;
  };
  const diagnose = async (email: string, locale: "en" | "fr" = "en") => {
    const response = await fetch(`${app.url}/api/diagnose`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ snapshot: standalone, email, locale }),
    });
    assert.equal(response.status, 200);
    return (await response.json()) as DiagnoseResponse;
  };
  const find = (findings: Finding[], id: string) => {
    const found = findings.find((finding) => finding.id === id);
    assert.ok(found, `expected ${id} in ${findings.map((finding) => finding.id).join(", ")}`);
    return found;
  };

  describe("lookup of a custom domain at each listed provider gives its provider and settings, from DNS", () => {
    for (const { name, provider } of CUSTOM_DOMAINS) {
      it(`contact@${name}.test → ${provider}`, async () => {
        const result = await lookup(`contact@${name}.test`);
        assert.equal(result.provider.id, provider);
        assert.equal(result.evidence.by, "mx");
        assert.equal(result.protocols.length, 5);
      });
    }
  });

  it("OVHcloud custom domain: the settings card data are OVH's, and the lookup says which MX server told", async () => {
    const result = await lookup("contact@boulangerie-dupont.test");
    assert.deepEqual(result.evidence, {
      by: "mx",
      exchange: "mx0.mail.ovh.net",
      unverified: false,
    });
    const imap = result.protocols.find((entry) => entry.protocol === "imap")!;
    assert.deepEqual([imap.host, imap.port, imap.security], ["ssl0.ovh.net", 993, "ssl"]);
  });

  it("autoconfig answers for a custom domain from its MX record, in valid clientConfig XML", async () => {
    const response = await fetch(
      `${app.url}/mail/config-v1.1.xml?emailaddress=contact%40boulangerie-dupont.test`
    );
    assert.equal(response.status, 200);
    const xml = await response.text();
    assert.match(
      xml,
      /<!-- Found from DNS: the domain's MX record names a server of OVHcloud\. -->/
    );
    assert.match(xml, /<domain>boulangerie-dupont\.test<\/domain>/);
    assert.match(
      xml,
      /<incomingServer type="imap">\s*<hostname>ssl0\.ovh\.net<\/hostname>\s*<port>993<\/port>/
    );
    await run("bash", ["-c", `printf '%s' "$0" | xmllint --noout -`, xml]);
    // Nothing verified to offer, or nothing known: 404, as for unknown catalog domains.
    for (const email of ["a@asso-quartier.test", "a@timeout.test", "a@vitrine.test"])
      assert.equal(
        (await fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(email)}`))
          .status,
        404,
        email
      );
  });

  it("diagnosis of a Microsoft 365 domain gives the autodiscover record to add, or says it is right", async () => {
    const missing = await diagnose("claire@cabinet-martin.test");
    assert.equal(missing.provider?.id, "microsoft-365");
    assert.match(
      find(missing.findings, "autodiscover.missing").detail,
      /autodiscover\.cabinet-martin\.test\. 3600 IN CNAME autodiscover\.outlook\.com\.$/
    );
    const wrong = await diagnose("claire@cabinet-old.test", "fr");
    assert.match(
      find(wrong.findings, "autodiscover.wrong").detail,
      /^Il pointe vers exchange\.cabinet-old\.test, .* par\u00a0: autodiscover\.cabinet-old\.test\. 3600 IN CNAME autodiscover\.outlook\.com\.$/
    );
    const ok = await diagnose("claire@cabinet-ok.test");
    assert.equal(find(ok.findings, "autodiscover.ok").severity, "ok");
  });

  it("diagnosis of an OVHcloud domain checks its SRV records: right IMAP, wrong submission", async () => {
    const { findings } = await diagnose("contact@boulangerie-dupont.test");
    assert.match(
      find(findings, "providerFromDns").title,
      /boulangerie-dupont\.test is hosted by OVHcloud/
    );
    assert.ok(!findings.some((finding) => finding.id.endsWith(".imap")), "the IMAP SRV is right");
    assert.match(
      find(findings, "srv.wrong.submission").detail,
      /says 465 smtp\.old-host\.test.*Replace it with: _submissions\._tcp\.boulangerie-dupont\.test\. 3600 IN SRV 0 1 465 ssl0\.ovh\.net\.$/
    );
  });

  it("diagnosis names each DNS failure: timeout, SERVFAIL, no such domain, no MX", async () => {
    const expected: [string, string][] = [
      ["a@timeout.test", "dns.timeout"],
      ["a@servfail.test", "dns.servfail"],
      ["a@nowhere.test", "dns.nxdomain"],
      ["a@vitrine.test", "dns.noMx"],
    ];
    for (const [email, id] of expected) {
      const { findings, provider } = await diagnose(email);
      assert.equal(provider?.kind, "other", email);
      find(findings, id);
    }
  });

  it("catalog domains are never looked up in DNS", async () => {
    await lookup("marie@hotmail.fr");
    await diagnose("jean@free.fr");
    assert.ok(
      !dns.queries().some((query) => /hotmail\.fr|free\.fr/.test(query)),
      dns.queries().join("\n")
    );
  });
});
