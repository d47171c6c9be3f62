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
const provider = (
  imapEntry: Partial<ProtocolInfo> = {},
  extra: Partial<Provider> = {}
): Provider => ({
  id: "example-mail",
  name: "Example Mail (Mail & Co)",
  kind: "isp",
  domains: ["example-mail.fr"],
  domainSuffixes: [],
  webmail: "https://webmail.example-mail.fr/",
  mx: [{ suffix: ".mx.example-mail.fr", source: "https://example-mail.fr/aide/mx" }],
  sources: ["https://example-mail.fr/aide/imap"],
  protocols: [{ ...imap, ...imapEntry }, smtp],
  ...extra,
});

/** The <incomingServer>/<outgoingServer> elements, as "type host:port socket user auth+auth". */
function servers(xml: string | null) {
  assert.ok(xml, "a configuration is offered");
  const emailProvider = childrenNamed(parseXml(xml), "emailProvider")[0]!;
  return [
    ...childrenNamed(emailProvider, "incomingServer"),
    ...childrenNamed(emailProvider, "outgoingServer"),
  ].map((server) => {
    const field = (name: string) =>
      childrenNamed(server, name)
        .map((element) => element.text)
        .join("+");
    return `${server.attributes.type} ${field("hostname")}:${field("port")} ${field("socketType")} ${field("username")} ${field("authentication")}`;
  });
}

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
    assert.doesNotMatch(clientConfig(provider(), "example-mail.fr", { by: "catalog" })!, /<!--/);
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

  it("writes clientConfig v1.1 as Thunderbird's ISPDB files do", () => {
    assert.equal(
      clientConfig(provider(), "example-mail.fr"),
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<clientConfig version="1.1">',
        '  <emailProvider id="example-mail.fr">',
        "    <domain>example-mail.fr</domain>",
        "    <displayName>Example Mail (Mail &amp; Co)</displayName>",
        "    <displayShortName>Example Mail</displayShortName>",
        '    <incomingServer type="imap">',
        "      <hostname>imap.example-mail.fr</hostname>",
        "      <port>993</port>",
        "      <socketType>SSL</socketType>",
        "      <username>%EMAILADDRESS%</username>",
        "      <authentication>password-cleartext</authentication>",
        "    </incomingServer>",
        '    <outgoingServer type="smtp">',
        "      <hostname>smtp.example-mail.fr</hostname>",
        "      <port>587</port>",
        "      <socketType>STARTTLS</socketType>",
        "      <username>%EMAILADDRESS%</username>",
        "      <authentication>password-cleartext</authentication>",
        "    </outgoingServer>",
        '    <documentation url="https://example-mail.fr/aide/imap">',
        '      <descr lang="en">Settings source</descr>',
        "    </documentation>",
        "  </emailProvider>",
        "</clientConfig>",
        "",
      ].join("\n")
    );
  });

  it("offers each sign-in method the provider takes: OAuth2, then a password or an app password", () => {
    const withAuth = (auth: ProtocolInfo["auth"]) =>
      servers(clientConfig(provider({ auth }), "example-mail.fr"))[0];
    assert.equal(withAuth(["oauth2"]), "imap imap.example-mail.fr:993 SSL %EMAILADDRESS% OAuth2");
    assert.equal(
      withAuth(["app-password"]),
      "imap imap.example-mail.fr:993 SSL %EMAILADDRESS% password-cleartext"
    );
    assert.equal(
      withAuth(["password", "oauth2"]),
      "imap imap.example-mail.fr:993 SSL %EMAILADDRESS% OAuth2+password-cleartext"
    );
  });

  it("gives the part before @ as user name when the provider wants it", () => {
    assert.equal(
      servers(clientConfig(provider({ username: "local-part" }), "example-mail.fr"))[0],
      "imap imap.example-mail.fr:993 SSL %EMAILLOCALPART% password-cleartext"
    );
  });

  it("offers POP3 after IMAP, and POP3 alone when IMAP is not offered", () => {
    const pop3: ProtocolInfo = {
      ...imap,
      protocol: "pop3",
      host: "pop.example-mail.fr",
      port: 995,
    };
    const both = provider({}, { protocols: [pop3, imap, smtp] });
    assert.deepEqual(servers(clientConfig(both, "example-mail.fr")), [
      "imap imap.example-mail.fr:993 SSL %EMAILADDRESS% password-cleartext",
      "pop3 pop.example-mail.fr:995 SSL %EMAILADDRESS% password-cleartext",
      "smtp smtp.example-mail.fr:587 STARTTLS %EMAILADDRESS% password-cleartext",
    ]);
    const popOnly = provider(
      { status: "blocked" },
      { protocols: [{ ...imap, status: "blocked" }, pop3, smtp] }
    );
    assert.deepEqual(servers(clientConfig(popOnly, "example-mail.fr")), [
      "pop3 pop.example-mail.fr:995 SSL %EMAILADDRESS% password-cleartext",
      "smtp smtp.example-mail.fr:587 STARTTLS %EMAILADDRESS% password-cleartext",
    ]);
  });

  it("offers nothing for a server that is blocked, unverified, incompletely known or without a usable sign-in", () => {
    for (const [why, entry] of [
      ["blocked", { status: "blocked" }],
      ["unverified", { unverified: true }],
      ["no host", { host: null }],
      ["no port", { port: null }],
      ["no security", { security: null }],
      ["no sign-in method", { auth: [] }],
    ] as [string, Partial<ProtocolInfo>][]) {
      assert.equal(clientConfig(provider(entry), "example-mail.fr"), null, `IMAP ${why}`);
      const withoutSmtp = provider({}, { protocols: [imap, { ...smtp, ...entry }] });
      assert.equal(clientConfig(withoutSmtp, "example-mail.fr"), null, `SMTP ${why}`);
    }
  });

  it("names the requested domain once, first when the catalog does not list it", () => {
    const domains = (xml: string | null) =>
      childrenNamed(childrenNamed(parseXml(xml!), "emailProvider")[0]!, "domain").map(
        (domain) => domain.text
      );
    const twoDomains = provider({}, { domains: ["example-mail.fr", "example-mail.com"] });
    assert.deepEqual(domains(clientConfig(twoDomains, "example-mail.com")), [
      "example-mail.fr",
      "example-mail.com",
    ]);
    assert.deepEqual(domains(clientConfig(twoDomains, "dupont.fr")), [
      "dupont.fr",
      "example-mail.fr",
      "example-mail.com",
    ]);
  });

  it("takes the requested domain as the provider's id when the catalog lists no domain", () => {
    assert.match(
      clientConfig(provider({}, { domains: [] }), "contoso.fr")!,
      /<emailProvider id="contoso\.fr">/
    );
  });

  it("has no enable step without a webmail to send the user to", () => {
    const xml = clientConfig(
      provider({ enabledByDefault: false }, { webmail: null }),
      "example-mail.fr"
    );
    assert.deepEqual(enableStep(xml!), []);
  });

  it("takes the POP3 note when IMAP has none", () => {
    const pop3: ProtocolInfo = {
      ...imap,
      protocol: "pop3",
      port: 995,
      enabledByDefault: false,
      note: { en: "Turn POP on.", fr: "Activez POP." },
    };
    const xml = clientConfig(provider({}, { protocols: [imap, pop3, smtp] }), "example-mail.fr");
    assert.deepEqual(enableStep(xml!)[0]!.instructions, ["en: Turn POP on.", "fr: Activez POP."]);
  });

  it("links the provider's first source only", () => {
    const xml = clientConfig(
      provider({}, { sources: ["https://example-mail.fr/a", "https://example-mail.fr/b"] }),
      "example-mail.fr"
    )!;
    assert.deepEqual(
      childrenNamed(childrenNamed(parseXml(xml), "emailProvider")[0]!, "documentation").map(
        (documentation) => documentation.attributes.url
      ),
      ["https://example-mail.fr/a"]
    );
  });

  it("adds Google's OAuth2 endpoints when a Google server offered takes OAuth2", () => {
    const google = provider({ auth: ["oauth2"] }, { id: "google" });
    const oAuth2 = childrenNamed(parseXml(clientConfig(google, "gmail.com")!), "oAuth2");
    assert.deepEqual(
      oAuth2.flatMap((element) => element.children.map((child) => `${child.name}: ${child.text}`)),
      [
        "issuer: accounts.google.com",
        "scope: https://mail.google.com/ https://www.googleapis.com/auth/contacts https://www.googleapis.com/auth/calendar https://www.googleapis.com/auth/carddav",
        "authURL: https://accounts.google.com/o/oauth2/auth",
        "tokenURL: https://www.googleapis.com/oauth2/v3/token",
      ]
    );
  });

  it("adds no OAuth2 endpoints when only a server that is not offered takes OAuth2", () => {
    const pop3: ProtocolInfo = { ...imap, protocol: "pop3", auth: ["oauth2"], unverified: true };
    const google = provider({}, { id: "google", protocols: [imap, pop3, smtp] });
    assert.doesNotMatch(clientConfig(google, "gmail.com")!, /oAuth2/);
  });

  it("asks in general words when neither IMAP nor POP3 has a note", () => {
    const pop3: ProtocolInfo = { ...imap, protocol: "pop3", port: 995 };
    const xml = clientConfig(
      provider({}, { protocols: [{ ...imap, enabledByDefault: false }, pop3, smtp] }),
      "example-mail.fr"
    );
    assert.deepEqual(enableStep(xml!)[0]!.instructions, [
      "en: Turn on IMAP access in your webmail settings first.",
      "fr: Activez d’abord l’accès IMAP dans les paramètres du webmail.",
    ]);
  });

  it("takes the POP3 note for a provider that offers no IMAP at all", () => {
    const pop3: ProtocolInfo = {
      ...imap,
      protocol: "pop3",
      port: 995,
      enabledByDefault: false,
      note: { en: "Turn POP on.", fr: "Activez POP." },
    };
    const xml = clientConfig(provider({}, { protocols: [pop3, smtp] }), "example-mail.fr");
    assert.deepEqual(enableStep(xml!)[0]!.instructions, ["en: Turn POP on.", "fr: Activez POP."]);
  });
});
