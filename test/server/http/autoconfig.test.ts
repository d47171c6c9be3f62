import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { PROVIDERS } from "../../../server/core/providers/catalog.js";
import {
  parseXml,
  localName,
  childrenNamed,
  type XmlElement,
} from "../../../scripts/manifest/xmlTree.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

const run = promisify(execFile);
/** Element order of <emailProvider> in clientConfig v1.1 (Thunderbird's ISPDB files). */
const ORDER = [
  "domain",
  "displayName",
  "displayShortName",
  "incomingServer",
  "outgoingServer",
  "enable",
  "documentation",
];
const SERVER_ORDER = ["hostname", "port", "socketType", "username", "authentication"];

function checkServer(server: XmlElement, where: string): { type: string; auth: string[] } {
  const names = server.children.map(localName);
  assert.deepEqual(
    [...new Set(names)],
    SERVER_ORDER,
    `${where}: server children ${names.join(",")}`
  );
  const text = (name: string) => childrenNamed(server, name)[0]?.text ?? "";
  assert.match(text("hostname"), /^[a-z0-9.-]+$/, where);
  assert.ok(Number(text("port")) > 0 && Number(text("port")) < 65536, where);
  assert.ok(["SSL", "STARTTLS"].includes(text("socketType")), `${where}: never plain text`);
  assert.ok(["%EMAILADDRESS%", "%EMAILLOCALPART%"].includes(text("username")), where);
  const auth = childrenNamed(server, "authentication").map((element) => element.text);
  assert.ok(
    auth.every((method) => ["OAuth2", "password-cleartext"].includes(method)),
    where
  );
  return { type: server.attributes.type ?? "", auth };
}

describe("Thunderbird autoconfig (GET /mail/config-v1.1.xml)", () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  // Providers known only by their MX names (custom domains) are covered by the DNS tests.
  const byDomain = PROVIDERS.filter(
    (provider) => provider.domains.length > 0 || provider.domainSuffixes.length > 0
  );
  for (const provider of byDomain) {
    it(`${provider.id}: answers in clientConfig v1.1 for its domains and offers only what the provider allows`, async () => {
      const offered = provider.protocols.filter(
        (entry) => entry.status !== "blocked" && !entry.unverified
      );
      for (const [index, domain] of [
        provider.domains[0] ?? "contoso.onmicrosoft.com",
        provider.domains.at(-1) ?? "fabrikam.onmicrosoft.com",
      ].entries()) {
        const path =
          index === 0 ? "/mail/config-v1.1.xml" : "/.well-known/autoconfig/mail/config-v1.1.xml";
        const response = await fetch(
          `${app.url}${path}?emailaddress=${encodeURIComponent(`someone@${domain}`)}`
        );
        if (offered.length === 0) {
          assert.equal(response.status, 404, `${domain}: nothing verified, so nothing offered`);
          continue;
        }
        assert.equal(response.status, 200, domain);
        assert.match(response.headers.get("content-type") ?? "", /application\/xml/);
        const root = parseXml(await response.text());
        assert.equal(localName(root), "clientConfig");
        assert.equal(root.attributes.version, "1.1");
        const emailProvider = childrenNamed(root, "emailProvider")[0]!;
        const names = emailProvider.children.map(localName);
        let last = -1;
        for (const name of names) {
          assert.ok(ORDER.indexOf(name) >= last, `${domain}: <${name}> out of order`);
          last = ORDER.indexOf(name);
        }
        assert.ok(
          childrenNamed(emailProvider, "domain").some((element) => element.text === domain)
        );
        const servers = [
          ...childrenNamed(emailProvider, "incomingServer"),
          ...childrenNamed(emailProvider, "outgoingServer"),
        ].map((server) => checkServer(server, domain));
        for (const { type, auth } of servers) {
          const entry = provider.protocols.find((candidate) => candidate.protocol === type)!;
          assert.notEqual(
            entry.status,
            "blocked",
            `${domain}: ${type} is blocked and must not be offered`
          );
          if (entry.status === "oauth2-only")
            assert.deepEqual(auth, ["OAuth2"], `${domain}: ${type} must offer OAuth2 only`);
        }
      }
    });
  }

  it("Outlook.com: IMAP on outlook.office365.com:993 SSL with OAuth2 only, POP never with a password, and the 'turn IMAP on' step", async () => {
    const xml = await (
      await fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=marie%40hotmail.fr`)
    ).text();
    assert.match(
      xml,
      /<incomingServer type="imap">\s*<hostname>outlook\.office365\.com<\/hostname>\s*<port>993<\/port>\s*<socketType>SSL<\/socketType>\s*<username>%EMAILADDRESS%<\/username>\s*<authentication>OAuth2<\/authentication>\s*<\/incomingServer>/
    );
    assert.doesNotMatch(xml, /password-cleartext/);
    assert.match(xml, /<enable visiturl="https:\/\/outlook\.live\.com\/mail\/">/);
    await run("bash", ["-c", `printf '%s' "$0" | xmllint --noout -`, xml]);
  });

  it("Free: password over SSL, user name = the part before @", async () => {
    const xml = await (
      await fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=jean%40free.fr`)
    ).text();
    assert.match(
      xml,
      /<hostname>imap\.free\.fr<\/hostname>[\s\S]*<username>%EMAILLOCALPART%<\/username>\s*<authentication>password-cleartext<\/authentication>/
    );
  });

  it("says 404 for unknown or unverified providers and 400 for a bad address", async () => {
    assert.equal(
      (await fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=a%40example.org`)).status,
      404
    );
    assert.equal(
      (await fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=a%40bbox.fr`)).status,
      404
    );
    assert.equal((await fetch(`${app.url}/mail/config-v1.1.xml?emailaddress=nope`)).status, 400);
    assert.equal((await fetch(`${app.url}/mail/config-v1.1.xml`)).status, 400);
  });
});
