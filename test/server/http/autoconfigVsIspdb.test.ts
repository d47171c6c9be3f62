// Thunderbird's ISPDB is the reference for autoconfig: for every provider both know, what MailBridge
// serves at /mail/config-v1.1.xml must name the same servers (host, port, socket type, user name,
// authentication methods, in ISPDB's order of preference) and the same <oAuth2> block. A difference
// is allowed only when our catalog cites a newer public source for it, and docs list it.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS } from "../../../server/core/providers/catalog.js";
import { OAUTH2_ENDPOINTS } from "../../../server/core/autoconfig/oauth2Endpoints.js";
import { fromRoot } from "../../../server/projectRoot.js";
import { childrenNamed, parseXml, type XmlElement } from "../../../scripts/manifest/xmlTree.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

const ISPDB_DIR = fromRoot("test/fixtures/external/ispdb");
/** ISPDB matches Microsoft 365 by MX record, so its file lists no domain: ours is a tenant domain. */
const BY_MX: Record<string, { provider: string; domain: string }> = {
  "office365.com.xml": { provider: "microsoft-365", domain: "contoso.onmicrosoft.com" },
};

/** Differences from ISPDB, each backed by the source our catalog cites (listed in the docs too). */
const ALLOWED_DIFFERENCES = [
  {
    file: "hotmail.com.xml",
    property: "oAuth2",
    why: "ISPDB has no <oAuth2> for Outlook.com; ours comes from Thunderbird's own OAuth2 table",
    source: OAUTH2_ENDPOINTS.get("microsoft-consumer")!.source,
  },
];

interface Server {
  hostname: string;
  port: string;
  socketType: string;
  username: string;
  authentication: string[];
}
const text = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text ?? "";
const serverOf = (element: XmlElement): Server => ({
  hostname: text(element, "hostname"),
  port: text(element, "port"),
  socketType: text(element, "socketType"),
  username: text(element, "username"),
  authentication: childrenNamed(element, "authentication").map((method) => method.text),
});

/** Each mail protocol's preferred server (the first of its type), and the <oAuth2> block. */
function readConfig(xml: string) {
  const root = parseXml(xml);
  const provider = childrenNamed(root, "emailProvider")[0]!;
  const servers: Record<string, Server> = {};
  for (const element of [
    ...childrenNamed(provider, "incomingServer"),
    ...childrenNamed(provider, "outgoingServer"),
  ]) {
    const type = element.attributes.type!;
    if (["imap", "pop3", "smtp"].includes(type)) servers[type] ??= serverOf(element);
  }
  const oauth2 = childrenNamed(root, "oAuth2")[0];
  return {
    domains: childrenNamed(provider, "domain").map((domain) => domain.text),
    servers,
    oAuth2: oauth2 && {
      issuer: text(oauth2, "issuer"),
      scope: text(oauth2, "scope"),
      authURL: text(oauth2, "authURL"),
      tokenURL: text(oauth2, "tokenURL"),
    },
  };
}

const files = readdirSync(ISPDB_DIR).filter((name) => name.endsWith(".xml"));

describe("autoconfig agrees with Thunderbird's ISPDB (GET /mail/config-v1.1.xml)", () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());
  const ours = async (domain: string) => {
    const response = await fetch(
      `${app.url}/mail/config-v1.1.xml?emailaddress=someone%40${domain}`
    );
    assert.equal(response.status, 200, domain);
    return readConfig(await response.text());
  };

  it("has the ISPDB file of every catalog provider ISPDB knows, and no other", () => {
    const matched = files.map((file) => {
      const ispdb = readConfig(readFileSync(path.join(ISPDB_DIR, file), "utf8"));
      return (
        BY_MX[file]?.provider ??
        PROVIDERS.find((provider) =>
          provider.domains.some((domain) => ispdb.domains.includes(domain))
        )?.id
      );
    });
    assert.ok(matched.every(Boolean), `a fixture matches no provider: ${files.join(", ")}`);
    assert.equal(new Set(matched).size, files.length, "one file per provider");
  });

  for (const file of files) {
    it(`${file}: same servers, ports, socket types, user names, authentication and OAuth2 as ISPDB`, async () => {
      const ispdb = readConfig(readFileSync(path.join(ISPDB_DIR, file), "utf8"));
      const provider = PROVIDERS.find(
        (candidate) =>
          candidate.id === BY_MX[file]?.provider ||
          candidate.domains.some((domain) => ispdb.domains.includes(domain))
      )!;
      const shared = BY_MX[file]
        ? [BY_MX[file].domain]
        : provider.domains.filter((domain) => ispdb.domains.includes(domain));
      const allowed = (property: string) =>
        ALLOWED_DIFFERENCES.some(
          (difference) => difference.file === file && difference.property === property
        );
      for (const domain of shared) {
        const served = await ours(domain);
        for (const type of new Set([...Object.keys(ispdb.servers), ...Object.keys(served.servers)]))
          if (!allowed(type))
            assert.deepEqual(
              served.servers[type],
              ispdb.servers[type],
              `${domain}: ${type} server`
            );
        if (!allowed("oAuth2"))
          assert.deepEqual(served.oAuth2, ispdb.oAuth2, `${domain}: <oAuth2>`);
      }
    });
  }

  it("each allowed difference cites the source our catalog uses, newer than ISPDB, and docs list it", () => {
    const docs = readFileSync(fromRoot("docs/autoconfig-vs-ispdb.md"), "utf8");
    for (const difference of ALLOWED_DIFFERENCES) {
      assert.doesNotMatch(difference.source, /thunderbird\/autoconfig/, "not ISPDB itself");
      assert.ok(
        docs.includes(difference.file) && docs.includes(difference.source),
        difference.file
      );
    }
  });
});
