import assert from "node:assert/strict";
import type { DnsAnswer, DnsFailure, SrvRecord } from "@contracts/connectivity.js";
import { srvRecords } from "../../../../../server/core/diagnosis/checks/srvRecords.js";
import { catalogProvider, customDomain, facts, withProtocols } from "./facts.js";

const OVH = catalogProvider("ovhcloud");
const srv = (...targets: [name: string, port: number][]): DnsAnswer<SrvRecord> => ({
  records: targets.map(([name, port]) => ({ name, port, priority: 0, weight: 1 })),
});
const IMAPS_RECORD = "_imaps._tcp.boulangerie.fr. 3600 IN SRV 0 1 993 ssl0.ovh.net.";
const SUBMISSIONS_RECORD = "_submissions._tcp.boulangerie.fr. 3600 IN SRV 0 1 465 ssl0.ovh.net.";

describe("check srvRecords: RFC 6186/8314 service records of a custom domain", () => {
  it("with none published, suggests the IMAP (993) and submission (465) records naming the provider's servers, as tips", () => {
    assert.deepEqual(srvRecords(customDomain("contact@boulangerie.fr", OVH)), [
      {
        id: "srv.missing.imap",
        severity: "info",
        params: { name: "_imaps._tcp.boulangerie.fr", record: IMAPS_RECORD },
      },
      {
        id: "srv.missing.submission",
        severity: "info",
        params: { name: "_submissions._tcp.boulangerie.fr", record: SUBMISSIONS_RECORD },
      },
    ]);
  });

  it("treats a name that exists without an SRV record (NODATA) as missing too", () => {
    const found = srvRecords(
      customDomain("contact@boulangerie.fr", OVH, {
        imaps: { failure: "nodata" },
        submissions: { failure: "nodata" },
      })
    );
    assert.deepEqual(
      found.map((finding) => finding.id),
      ["srv.missing.imap", "srv.missing.submission"]
    );
  });

  it("says nothing of a record DNS could not answer for: no tip built on a failed lookup", () => {
    for (const failure of ["timeout", "servfail", "refused", "unreachable"] as DnsFailure[]) {
      const answer = { failure };
      assert.deepEqual(
        srvRecords(customDomain("a@b.fr", OVH, { imaps: answer, submissions: answer })),
        [],
        failure
      );
    }
  });

  it("is silent when the records name the provider's servers, in any case, with or without the root dot", () => {
    const dns = { imaps: srv(["SSL0.OVH.NET.", 993]), submissions: srv(["ssl0.ovh.net", 465]) };
    assert.deepEqual(srvRecords(customDomain("a@b.fr", OVH, dns)), []);
  });

  it("is silent when one of several records is right (apps try them all)", () => {
    const dns = {
      imaps: srv(["imap.old-host.example", 993], ["ssl0.ovh.net", 993]),
      submissions: srv(["ssl0.ovh.net", 465], ["smtp.old-host.example", 465]),
    };
    assert.deepEqual(srvRecords(customDomain("a@b.fr", OVH, dns)), []);
  });

  it("warns about records pointing elsewhere, listing what they say and the record to publish", () => {
    const dns = {
      imaps: srv(["imap.old-host.example", 993], ["imap2.old-host.example", 10993]),
      submissions: srv(["smtp.old-host.example.", 465]),
    };
    assert.deepEqual(srvRecords(customDomain("a@boulangerie.fr", OVH, dns)), [
      {
        id: "srv.wrong.imap",
        severity: "warning",
        params: {
          name: "_imaps._tcp.boulangerie.fr",
          current: "993 imap.old-host.example, 10993 imap2.old-host.example",
          record: IMAPS_RECORD,
        },
      },
      {
        id: "srv.wrong.submission",
        severity: "warning",
        params: {
          name: "_submissions._tcp.boulangerie.fr",
          current: "465 smtp.old-host.example.",
          record: SUBMISSIONS_RECORD,
        },
      },
    ]);
  });

  it("the provider's server on another port is still wrong", () => {
    const [imap] = srvRecords(customDomain("a@b.fr", OVH, { imaps: srv(["ssl0.ovh.net", 143]) }));
    assert.equal(imap?.id, "srv.wrong.imap");
    assert.equal(imap?.params?.current, "143 ssl0.ovh.net");
  });

  it('shows a target of "." (RFC 2782: service not offered) as "."', () => {
    const dns = { imaps: srv([".", 0]), submissions: srv(["", 0], ["mail.other.example", 465]) };
    const [imap, submission] = srvRecords(customDomain("a@b.fr", OVH, dns));
    assert.equal(imap?.params?.current, ".");
    assert.equal(submission?.params?.current, "., 465 mail.other.example");
  });

  it("for a provider whose SMTP uses STARTTLS, checks _submission._tcp (RFC 6186) with its port", () => {
    const starttls = withProtocols("ovhcloud", {
      smtp: { host: "smtp.example-host.net", port: 587, security: "starttls" },
    });
    const dns = { submissions: srv(["ssl0.ovh.net", 465]) };
    const [, submission] = srvRecords(customDomain("a@boulangerie.fr", starttls, dns));
    assert.deepEqual(submission, {
      id: "srv.missing.submission",
      severity: "info",
      params: {
        name: "_submission._tcp.boulangerie.fr",
        record: "_submission._tcp.boulangerie.fr. 3600 IN SRV 0 1 587 smtp.example-host.net.",
      },
    });
    const published = customDomain("a@b.fr", starttls, {
      submission: srv(["smtp.example-host.net", 587]),
    });
    assert.deepEqual(
      srvRecords(published).map((finding) => finding.id),
      ["srv.missing.imap"]
    );
  });

  it("checks no _imaps record for a provider whose IMAP is STARTTLS only", () => {
    const starttls = withProtocols("ovhcloud", { imap: { port: 143, security: "starttls" } });
    assert.deepEqual(
      srvRecords(customDomain("a@b.fr", starttls)).map((finding) => finding.id),
      ["srv.missing.submission"]
    );
  });

  it("never suggests a server the provider blocks, has not verified, or has no host or port for", () => {
    const cases = {
      blocked: { status: "blocked" },
      unverified: { unverified: true },
      "no host": { host: null },
      "no port": { port: null },
      absent: null,
    } as const;
    for (const [name, change] of Object.entries(cases)) {
      const provider = withProtocols("ovhcloud", { imap: change, smtp: change });
      assert.deepEqual(srvRecords(customDomain("a@b.fr", provider)), [], name);
    }
  });

  it("checks IMAP and submission each on its own: a missing one does not hide the other", () => {
    const onlySmtp = withProtocols("ovhcloud", { imap: { status: "blocked" } });
    assert.deepEqual(
      srvRecords(customDomain("a@b.fr", onlySmtp)).map((finding) => finding.id),
      ["srv.missing.submission"]
    );
    const onlyImap = withProtocols("ovhcloud", { smtp: { status: "blocked" } });
    assert.deepEqual(
      srvRecords(customDomain("a@b.fr", onlyImap)).map((finding) => finding.id),
      ["srv.missing.imap"]
    );
  });

  it("takes the unverified servers of a provider found by unverified MX names as unknown (IONOS)", () => {
    assert.deepEqual(srvRecords(customDomain("a@b.fr", catalogProvider("ionos"))), []);
  });

  it("leaves Microsoft domains to Autodiscover: Outlook does not read SRV records", () => {
    for (const id of ["microsoft-365", "microsoft-consumer"])
      assert.deepEqual(srvRecords(customDomain("a@b.fr", catalogProvider(id))), [], id);
  });

  it("needs an address, a provider found from the domain's MX record, and the domain's DNS", () => {
    const complete = customDomain("a@b.fr", OVH);
    assert.equal(srvRecords(complete).length, 2, "the complete facts do give findings");
    const cases = {
      "no address": { address: null },
      "no provider": { provider: null },
      "no DNS facts": { dns: null },
      "no evidence": { evidence: null },
      "from the catalog": { evidence: { by: "catalog" } },
      "DNS could not tell": { evidence: { by: "none", exchange: "mx1.mail.ovh.net" } },
    } as const;
    for (const [name, change] of Object.entries(cases))
      assert.deepEqual(srvRecords(facts({ ...complete, ...change })), [], name);
  });
});
