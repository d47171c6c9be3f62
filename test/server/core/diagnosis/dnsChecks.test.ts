import assert from "node:assert/strict";
import type { DnsAnswer, DomainDns, MxRecord, SrvRecord } from "@contracts/connectivity.js";
import type { Finding } from "@contracts/diagnosis.js";
import { diagnose } from "../../../../server/core/diagnosis/diagnose.js";
import { translator } from "../../../../server/i18n/index.js";
import { standalone } from "../../../fixtures/snapshots.js";

const NONE = { failure: "nxdomain" } as const;

/** DNS facts as the service would have looked them up. */
function dns(domain: string, facts: Partial<Omit<DomainDns, "domain">>): DomainDns {
  return {
    domain,
    mx: { records: [] },
    autodiscover: NONE,
    imaps: NONE,
    submission: NONE,
    submissions: NONE,
    ...facts,
  };
}
const mx = (...exchanges: string[]): DnsAnswer<MxRecord> => ({
  records: exchanges.map((exchange, index) => ({ exchange, priority: index * 10 })),
});
const srv = (name: string, port: number): DnsAnswer<SrvRecord> => ({
  records: [{ name, port, priority: 0, weight: 1 }],
});

const run = (email: string, facts: DomainDns, locale: "en" | "fr" = "en") =>
  diagnose({ snapshot: standalone, email }, translator(locale), locale, facts);
const find = (findings: Finding[], id: string) => {
  const found = findings.find((finding) => finding.id === id);
  assert.ok(found, `expected ${id} in ${findings.map((finding) => finding.id).join(", ")}`);
  return found;
};
const ids = (findings: Finding[]) => findings.map((finding) => finding.id);

describe("diagnosis of a custom domain from its DNS (server/core/diagnosis)", () => {
  it("an OVHcloud domain: names the provider from the MX record and gives the SRV records apps could use", () => {
    const { provider, findings } = run(
      "contact@boulangerie-dupont.fr",
      dns("boulangerie-dupont.fr", { mx: mx("mx1.mail.ovh.net", "mx2.mail.ovh.net") })
    );
    assert.equal(provider?.id, "ovhcloud");
    assert.match(
      find(findings, "providerFromDns").detail,
      /Found from DNS: the domain's mail server \(MX record\) is mx1\.mail\.ovh\.net, one of OVHcloud's servers/
    );
    assert.match(
      find(findings, "srv.missing.imap").detail,
      /_imaps\._tcp\.boulangerie-dupont\.fr\. 3600 IN SRV 0 1 993 ssl0\.ovh\.net\.$/
    );
    assert.match(
      find(findings, "srv.missing.submission").detail,
      /_submissions\._tcp\.boulangerie-dupont\.fr\. 3600 IN SRV 0 1 465 ssl0\.ovh\.net\.$/
    );
    assert.equal(find(findings, "srv.missing.imap").severity, "info");
  });

  it("SRV records that name the provider's servers need nothing; one pointing elsewhere is a warning with its fix", () => {
    const good = run(
      "a@b.fr",
      dns("b.fr", {
        mx: mx("mx1.mail.ovh.net"),
        imaps: srv("ssl0.ovh.net.", 993),
        submissions: srv("SSL0.ovh.net", 465),
      })
    );
    assert.deepEqual(
      ids(good.findings).filter((id) => id.startsWith("srv.")),
      []
    );
    const wrong = run(
      "a@b.fr",
      dns("b.fr", {
        mx: mx("mx1.mail.ovh.net"),
        imaps: srv("imap.old-host.example", 993),
        submissions: { records: [{ name: "", port: 0, priority: 0, weight: 0 }] },
      })
    );
    const imap = find(wrong.findings, "srv.wrong.imap");
    assert.equal(imap.severity, "warning");
    assert.match(imap.detail, /says 993 imap\.old-host\.example, not the provider's IMAP server/);
    assert.match(imap.detail, /IN SRV 0 1 993 ssl0\.ovh\.net\.$/);
    assert.match(find(wrong.findings, "srv.wrong.submission").detail, /says \., not/);
  });

  it("a Microsoft 365 domain without autodiscover: the exact CNAME to add, in both languages", () => {
    const facts = dns("cabinet-martin.fr", {
      mx: mx("cabinet-martin-fr.mail.protection.outlook.com"),
    });
    const en = run("claire@cabinet-martin.fr", facts);
    assert.equal(en.provider?.kind, "microsoft-work");
    const missing = find(en.findings, "autodiscover.missing");
    assert.equal(missing.severity, "warning");
    assert.match(
      missing.detail,
      /Add this record at the domain's DNS host: autodiscover\.cabinet-martin\.fr\. 3600 IN CNAME autodiscover\.outlook\.com\.$/
    );
    assert.ok(!ids(en.findings).some((id) => id.startsWith("srv.")), "Outlook uses Autodiscover");
    const fr = run("claire@cabinet-martin.fr", facts, "fr");
    assert.match(
      find(fr.findings, "autodiscover.missing").title,
      /^autodiscover\.cabinet-martin\.fr manque\u00a0: Outlook risque de ne pas trouver la boîte$/
    );
  });

  it("autodiscover pointing elsewhere is a warning naming where; pointing to Microsoft is fine", () => {
    const wrong = run(
      "a@c.fr",
      dns("c.fr", {
        mx: mx("c-fr.mail.protection.outlook.com"),
        autodiscover: { records: ["mail.old-exchange.c.fr"] },
      })
    );
    assert.match(
      find(wrong.findings, "autodiscover.wrong").detail,
      /It points to mail\.old-exchange\.c\.fr/
    );
    const good = run(
      "a@c.fr",
      dns("c.fr", {
        mx: mx("c-fr.mail.protection.outlook.com"),
        autodiscover: { records: ["Autodiscover.Outlook.com."] },
      })
    );
    assert.equal(find(good.findings, "autodiscover.ok").severity, "ok");
  });

  it("gives each DNS failure its own finding instead of 'provider unknown'", () => {
    const cases: [DnsAnswer<MxRecord>, string, string][] = [
      [{ failure: "timeout" }, "dns.timeout", "warning"],
      [{ failure: "servfail" }, "dns.servfail", "warning"],
      [{ failure: "nxdomain" }, "dns.nxdomain", "error"],
      [{ failure: "nodata" }, "dns.noMx", "warning"],
      [{ records: [] }, "dns.noMx", "warning"],
      [{ records: [{ exchange: "", priority: 0 }] }, "dns.nullMx", "warning"],
      [{ failure: "unreachable" }, "dns.unavailable", "info"],
    ];
    for (const [answer, id, severity] of cases) {
      const { findings } = run("a@broken.fr", dns("broken.fr", { mx: answer }));
      assert.equal(find(findings, id).severity, severity, id);
      assert.ok(!ids(findings).includes("providerUnknown"), id);
      assert.match(find(findings, id).title, /broken\.fr/, id);
    }
    const fr = run("a@broken.fr", dns("broken.fr", { mx: { failure: "nxdomain" } }), "fr");
    assert.equal(find(fr.findings, "dns.nxdomain").title, "Le domaine broken.fr n’existe pas");
  });

  it("names the server of a domain whose MX is at a host we do not know", () => {
    const { findings } = run("a@asso.fr", dns("asso.fr", { mx: mx("mail.asso.fr") }));
    assert.match(
      find(findings, "providerUnknownMx").title,
      /Mail for asso\.fr goes to mail\.asso\.fr/
    );
  });

  it("says when the provider rests on MX names not confirmed by the provider", () => {
    const { findings } = run("a@pharmacie.fr", dns("pharmacie.fr", { mx: mx("mx00.ionos.fr") }));
    assert.match(find(findings, "providerFromDnsUnverified").title, /seems to be hosted by IONOS/);
  });

  it("ignores DNS facts of another domain than the address's", () => {
    const { findings } = run(
      "a@hotmail.fr",
      dns("boulangerie-dupont.fr", { mx: mx("mx1.mail.ovh.net") })
    );
    assert.ok(ids(findings).includes("providerKnown"));
    assert.ok(!ids(findings).some((id) => id.startsWith("srv.") || id.startsWith("autodiscover.")));
  });
});
