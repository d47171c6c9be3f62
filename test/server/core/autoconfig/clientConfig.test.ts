import assert from "node:assert/strict";
import type { ProtocolInfo } from "@contracts/providers.js";
import type { Provider } from "../../../../server/core/providers/catalog.js";
import { clientConfig } from "../../../../server/core/autoconfig/clientConfig.js";
import { childrenNamed, parseXml } from "../../../../scripts/manifest/xmlTree.js";

const imap: ProtocolInfo = {
  protocol: "imap",
  host: "imap.example-mail.fr",
  port: 993,
  security: "ssl",
  auth: ["password"],
  status: "allowed",
  source: "https://example-mail.fr/aide/imap",
};
const smtp: ProtocolInfo = {
  ...imap,
  protocol: "smtp",
  host: "smtp.example-mail.fr",
  port: 587,
  security: "starttls",
};

/** A provider as the catalog describes one (server/core/providers/catalog/<id>.json). */
const provider = (imapEntry: Partial<ProtocolInfo> = {}): Provider => ({
  id: "example-mail",
  name: "Example Mail (Mail & Co)",
  kind: "isp",
  domains: ["example-mail.fr"],
  domainSuffixes: [],
  webmail: "https://webmail.example-mail.fr/",
  mx: [{ suffix: ".mx.example-mail.fr", source: "https://example-mail.fr/aide/mx" }],
  sources: ["https://example-mail.fr/aide/imap"],
  protocols: [{ ...imap, ...imapEntry }, smtp],
});

/** The texts of <emailProvider>'s <enable> step, by language, from the parsed XML. */
function enableStep(xml: string) {
  const emailProvider = childrenNamed(parseXml(xml), "emailProvider")[0]!;
  return childrenNamed(emailProvider, "enable").map((enable) => ({
    visiturl: enable.attributes.visiturl,
    instructions: childrenNamed(enable, "instruction").map(
      (instruction) => `${instruction.attributes.lang}: ${instruction.text}`
    ),
  }));
}

describe("Thunderbird autoconfig XML (server/core/autoconfig/clientConfig)", () => {
  it("says, in a comment, that a custom domain's settings were found from its MX record", () => {
    const xml = clientConfig(provider(), "dupont-famille.fr", {
      by: "mx",
      exchange: "mx1.mx.example-mail.fr",
      unverified: false,
    })!;
    assert.match(
      xml,
      /^ {2}<!-- Found from DNS: the domain's MX record names a server of Example Mail \(Mail &amp; Co\)\. -->$/m
    );
    assert.doesNotMatch(xml, /mx1\.mx/, "no DNS name in the comment");
    assert.deepEqual(
      childrenNamed(childrenNamed(parseXml(xml), "emailProvider")[0]!, "domain").map(
        (domain) => domain.text
      ),
      ["dupont-famille.fr", "example-mail.fr"]
    );
  });

  it("has no such comment for a domain of the catalog", () => {
    assert.doesNotMatch(clientConfig(provider(), "example-mail.fr")!, /<!--/);
  });

  it("asks to turn IMAP on in the webmail first, with the provider's own words", () => {
    const xml = clientConfig(
      provider({
        enabledByDefault: false,
        note: {
          en: "Settings > Accounts > IMAP: Enable.",
          fr: "Paramètres > Comptes > IMAP : Activer.",
        },
      }),
      "example-mail.fr"
    )!;
    assert.deepEqual(enableStep(xml), [
      {
        visiturl: "https://webmail.example-mail.fr/",
        instructions: [
          "en: Settings > Accounts > IMAP: Enable.",
          "fr: Paramètres > Comptes > IMAP : Activer.",
        ],
      },
    ]);
  });

  it("asks it in general words, English and French, when the catalog has no note", () => {
    const xml = clientConfig(provider({ enabledByDefault: false }), "example-mail.fr")!;
    assert.deepEqual(enableStep(xml), [
      {
        visiturl: "https://webmail.example-mail.fr/",
        instructions: [
          "en: Turn on IMAP access in your webmail settings first.",
          "fr: Activez d’abord l’accès IMAP dans les paramètres du webmail.",
        ],
      },
    ]);
  });

  it("has no enable step when IMAP is on from the start", () => {
    assert.deepEqual(enableStep(clientConfig(provider(), "example-mail.fr")!), []);
  });
});
