// Thunderbird's account wizard module (readFromXML, as used for a config fetched from a provider)
// reads the clientConfig XML MailBridge serves, for every provider in the catalog, and must find the
// servers the catalog means: type, host, port, socket type, user name and sign-in method.
import assert from "node:assert/strict";
import type { ProtocolInfo } from "@contracts/providers.js";
import { PROVIDERS } from "../../../../server/core/providers/catalog.js";
import { clientConfig } from "../../../../server/core/autoconfig/clientConfig.js";
import { startThunderbird, type RunningThunderbird } from "../../../helpers/thunderbird.js";

interface ReadServer {
  type: string;
  hostname: string;
  port: number;
  socketType: string;
  username: string;
  auth: string;
}
type Reading = { incoming: ReadServer[]; outgoing: ReadServer[] } | { error: string };

const configs = PROVIDERS.map((provider) => ({
  provider,
  xml: clientConfig(provider, provider.domains[0] ?? "contoso.onmicrosoft.com"),
})).filter((entry): entry is { provider: (typeof PROVIDERS)[number]; xml: string } =>
  Boolean(entry.xml)
);

/** What the catalog means, in Thunderbird's terms (it takes the first method it supports). */
const meant = (entry: ProtocolInfo, type: string) => ({
  type,
  hostname: entry.host!,
  port: entry.port!,
  socketType: entry.security === "ssl" ? "SSL" : "alwaysSTARTTLS",
  username: entry.username === "local-part" ? "%EMAILLOCALPART%" : "%EMAILADDRESS%",
  auth: entry.auth.includes("oauth2") ? "OAuth2" : "passwordCleartext",
});

describe("Thunderbird's account wizard reads our autoconfig as we mean it (server/core/autoconfig)", function () {
  this.timeout(90000);
  let thunderbird: RunningThunderbird;
  let readings: Reading[];

  before(async () => {
    thunderbird = await startThunderbird();
    readings = await thunderbird.marionette.run<Reading[]>(
      `const [xmls] = args;
      const { readFromXML } = ChromeUtils.importESModule("resource:///modules/accountcreation/readFromXML.sys.mjs");
      const { JXON } = ChromeUtils.importESModule("resource:///modules/JXON.sys.mjs");
      const names = (table, value) => Object.keys(table).find((key) => table[key] === value) ?? String(value);
      const server = (s) => ({
        type: s.type, hostname: s.hostname, port: s.port,
        socketType: names(Ci.nsMsgSocketType, s.socketType),
        username: s.username, auth: names(Ci.nsMsgAuthMethod, s.auth),
      });
      return xmls.map((xml) => {
        try {
          const config = readFromXML(JXON.build(new DOMParser().parseFromString(xml, "text/xml")), "disk");
          return {
            incoming: [config.incoming, ...config.incomingAlternatives].map(server),
            outgoing: [config.outgoing, ...config.outgoingAlternatives].map(server),
          };
        } catch (error) {
          return { error: String(error) };
        }
      });`,
      [configs.map((entry) => entry.xml)]
    );
  });
  after(() => thunderbird?.stop());

  it("reads a configuration for every provider we serve one for", () => {
    assert.ok(configs.length >= 10, `${configs.length} providers`);
    assert.deepEqual(
      readings.flatMap((reading, index) =>
        "error" in reading ? [`${configs[index]!.provider.id}: ${reading.error}`] : []
      ),
      []
    );
  });

  for (const [index, { provider }] of configs.entries())
    it(`${provider.id}: Thunderbird finds the servers, ports, security, user names and sign-in of our catalog`, () => {
      const reading = readings[index]!;
      assert.ok(!("error" in reading));
      const byProtocol = new Map(provider.protocols.map((entry) => [entry.protocol, entry]));
      const offered = (protocol: "imap" | "pop3" | "smtp") => {
        const entry = byProtocol.get(protocol)!;
        return entry.status === "blocked" || entry.unverified ? [] : [meant(entry, protocol)];
      };
      assert.deepEqual(reading.incoming, [...offered("imap"), ...offered("pop3")]);
      assert.deepEqual(reading.outgoing, offered("smtp"));
    });
});
