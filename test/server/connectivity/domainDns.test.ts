import assert from "node:assert/strict";
import { createDnsResolver } from "../../../server/connectivity/dnsResolver.js";
import { DomainDnsCache } from "../../../server/connectivity/domainDnsCache.js";
import { startDnsServer, type TestDnsServer } from "../../helpers/dnsServer.js";

describe("DNS facts of mail domains, from a real DNS server (dnsmasq)", function () {
  this.timeout(20000);
  let server: TestDnsServer;
  const resolver = () => createDnsResolver({ servers: [server.address], timeoutMs: 200 });
  const asked = (name: string) =>
    server.queries().filter((query) => query.endsWith(` ${name}`)).length;

  before(async () => {
    server = await startDnsServer({
      mx: {
        "boulangerie.test": [
          ["mx2.mail.ovh.net", 50],
          ["mx1.mail.ovh.net", 5],
        ],
        "cabinet.test": [["cabinet-test.mail.protection.outlook.com", 0]],
      },
      cname: { "autodiscover.cabinet.test": "autodiscover.outlook.com" },
      srv: {
        "_imaps._tcp.boulangerie.test": [["ssl0.ovh.net", 993, 0, 1]],
        "_submissions._tcp.boulangerie.test": [["ssl0.ovh.net", 465, 0, 1]],
      },
      a: { "nomx.test": "192.0.2.5" },
    });
  });
  after(() => server?.stop());

  it("reads MX, the autodiscover CNAME and the RFC 6186 SRV records of a domain", async () => {
    const facts = await new DomainDnsCache(resolver()).facts("boulangerie.test");
    assert.ok("records" in facts.mx);
    // DNS gives records in no particular order.
    assert.deepEqual(
      [...facts.mx.records].sort((a, b) => a.priority - b.priority),
      [
        { exchange: "mx1.mail.ovh.net", priority: 5 },
        { exchange: "mx2.mail.ovh.net", priority: 50 },
      ]
    );
    assert.deepEqual(facts.imaps, {
      records: [{ name: "ssl0.ovh.net", port: 993, priority: 0, weight: 1 }],
    });
    assert.deepEqual(facts.submissions, {
      records: [{ name: "ssl0.ovh.net", port: 465, priority: 0, weight: 1 }],
    });
    assert.deepEqual(facts.submission, { failure: "nxdomain" });
    const cabinet = await new DomainDnsCache(resolver()).facts("cabinet.test");
    assert.deepEqual(cabinet.autodiscover, { records: ["autodiscover.outlook.com"] });
  });

  it("names each failure: no answer in time, SERVFAIL, no such domain, a domain without MX", async () => {
    const cache = new DomainDnsCache(resolver());
    const started = Date.now();
    assert.deepEqual((await cache.facts("timeout.test")).mx, { failure: "timeout" });
    assert.ok(Date.now() - started < 2000, "two tries of 200 ms, not the system's default");
    assert.deepEqual((await cache.facts("servfail.test")).mx, { failure: "servfail" });
    assert.deepEqual((await cache.facts("nowhere.test")).mx, { failure: "nxdomain" });
    assert.deepEqual((await cache.facts("nomx.test")).mx, { failure: "nodata" });
  });

  it("says 'unreachable' when no DNS server answers at all", async () => {
    const cache = new DomainDnsCache(
      createDnsResolver({ servers: ["127.0.0.1:9"], timeoutMs: 200 })
    );
    const { mx } = await cache.facts("boulangerie.test");
    assert.ok(
      "failure" in mx && ["unreachable", "timeout", "refused"].includes(mx.failure),
      JSON.stringify(mx)
    );
  });

  it("asks once per domain at a time, and answers again from its cache", async () => {
    const cache = new DomainDnsCache(resolver());
    const before = asked("cabinet.test");
    const all = await Promise.all(Array.from({ length: 20 }, () => cache.facts("cabinet.test")));
    assert.equal(asked("cabinet.test") - before, 1, "twenty callers, one MX query");
    assert.ok(all.every((facts) => facts === all[0]));
    await cache.facts("cabinet.test");
    assert.equal(asked("cabinet.test") - before, 1, "the second round comes from the cache");
  });

  it("keeps a failure for a while too, so a broken domain is not asked on every click", async () => {
    const cache = new DomainDnsCache(resolver());
    const before = asked("servfail.test");
    await cache.facts("servfail.test");
    await cache.facts("servfail.test");
    assert.equal(asked("servfail.test") - before, 1);
  });

  it("holds a bounded number of domains: the least recently used is forgotten", async () => {
    const cache = new DomainDnsCache(resolver(), { maxDomains: 2 });
    const before = asked("boulangerie.test");
    await cache.facts("boulangerie.test");
    await cache.facts("cabinet.test");
    await cache.facts("nomx.test");
    await cache.facts("boulangerie.test");
    assert.equal(asked("boulangerie.test") - before, 2, "evicted, then asked again");
  });
});
