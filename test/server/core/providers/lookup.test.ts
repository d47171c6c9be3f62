import assert from "node:assert/strict";
import { PROVIDERS } from "../../../../server/core/providers/catalog.js";
import {
  InvalidEmailError,
  lookupProvider,
  parseEmail,
} from "../../../../server/core/providers/lookup.js";

describe("provider lookup (server/core/providers)", () => {
  describe("every domain in the catalog maps to its provider", () => {
    for (const provider of PROVIDERS) {
      it(`${provider.id}: ${provider.domains.length} domains`, () => {
        for (const domain of provider.domains) {
          const result = lookupProvider(`someone@${domain}`);
          assert.equal(result.provider.id, provider.id, domain);
          assert.equal(result.provider.kind, provider.kind, domain);
          assert.equal(result.protocols.length, 5, domain);
        }
      });
    }
  });

  it("covers the families the product promises", () => {
    const expected: Record<string, string> = {
      "outlook.com": "microsoft-consumer",
      "hotmail.com": "microsoft-consumer",
      "live.com": "microsoft-consumer",
      "msn.com": "microsoft-consumer",
      "passport.com": "microsoft-consumer",
      "windowslive.com": "microsoft-consumer",
      "hotmail.fr": "microsoft-consumer",
      "live.fr": "microsoft-consumer",
      "outlook.fr": "microsoft-consumer",
      "hotmail.co.uk": "microsoft-consumer",
      "live.be": "microsoft-consumer",
      "outlook.de": "microsoft-consumer",
      "contoso.onmicrosoft.com": "microsoft-work",
      "gmail.com": "google",
      "googlemail.com": "google",
      "yahoo.fr": "yahoo",
      "yahoo.co.uk": "yahoo",
      "ymail.com": "yahoo",
      "icloud.com": "apple",
      "me.com": "apple",
      "mac.com": "apple",
      "gmx.de": "isp",
      "gmx.fr": "isp",
      "orange.fr": "isp",
      "wanadoo.fr": "isp",
      "free.fr": "isp",
      "sfr.fr": "isp",
      "neuf.fr": "isp",
      "laposte.net": "isp",
      "bbox.fr": "isp",
      "example.org": "other",
    };
    for (const [domain, kind] of Object.entries(expected))
      assert.equal(lookupProvider(`x@${domain}`).provider.kind, kind, domain);
  });

  it("compares domains case-insensitively and ignores trailing dots", () => {
    const result = lookupProvider("  Marie.Dupont@HOTMAIL.FR.. ");
    assert.equal(result.domain, "hotmail.fr");
    assert.equal(result.email, "Marie.Dupont@hotmail.fr");
    assert.equal(result.provider.kind, "microsoft-consumer");
  });

  it("handles internationalised domain names (IDN) as punycode", () => {
    const result = lookupProvider("jürgen@müller.de");
    assert.equal(result.domain, "xn--mller-kva.de");
    assert.equal(result.provider.kind, "other");
  });

  it("matches a work tenant by its onmicrosoft.com suffix, not a look-alike", () => {
    assert.equal(lookupProvider("a@fabrikam.onmicrosoft.com").provider.kind, "microsoft-work");
    assert.equal(lookupProvider("a@evilonmicrosoft.com").provider.kind, "other");
    assert.equal(lookupProvider("a@hotmail.fr.evil.com").provider.kind, "other");
  });

  it("splits an address into its local part and its domain, keeping the local part's case", () => {
    assert.deepEqual(parseEmail(" Marie.Dupont@HOTMAIL.FR.. "), {
      email: "Marie.Dupont@hotmail.fr",
      localPart: "Marie.Dupont",
      domain: "hotmail.fr",
    });
    assert.deepEqual(parseEmail("a@b.fr"), { email: "a@b.fr", localPart: "a", domain: "b.fr" });
  });

  it("accepts the longest names DNS and SMTP allow, and not one character more", () => {
    const label = (length: number) => "a".repeat(length);
    assert.equal(parseEmail(`${label(64)}@b.fr`).localPart.length, 64);
    assert.throws(
      () => parseEmail(`${label(65)}@b.fr`),
      /The part before @ is longer than 64 bytes\./
    );
    assert.equal(parseEmail(`a@${label(63)}.fr`).domain, `${label(63)}.fr`);
    assert.throws(() => parseEmail(`a@${label(64)}.fr`), /The part after @/);
    const longest = [63, 63, 63, 61].map(label).join(".");
    assert.equal(parseEmail(`a@${longest}`).domain.length, 253);
    assert.throws(() => parseEmail(`a@${longest}a`), /The part after @/);
  });

  it("counts the part before @ in bytes of UTF-8, as SMTP does: an accented letter takes two", () => {
    assert.equal(parseEmail(`${"é".repeat(32)}@b.fr`).localPart.length, 32);
    assert.throws(() => parseEmail(`${"é".repeat(33)}@b.fr`), /longer than 64 bytes/);
    assert.equal(parseEmail(`${"😀".repeat(16)}@b.fr`).localPart.length, 32);
    assert.throws(() => parseEmail(`${"😀".repeat(17)}@b.fr`), /longer than 64 bytes/);
  });

  it("needs a top-level domain of two characters or more, which may be an IDN (punycode)", () => {
    assert.equal(parseEmail("a@b.io").domain, "b.io");
    assert.throws(() => parseEmail("a@b.c"), /The part after @/);
    assert.equal(parseEmail("ivan@пример.рф").domain, "xn--e1afmkfd.xn--p1ai");
  });

  it("refuses domains DNS cannot hold: empty labels, underscores, hyphens at a label's edge, bad punycode", () => {
    for (const domain of [
      "b..fr",
      ".b.fr",
      "ex_ample.fr",
      "-b.fr",
      "b-.fr",
      "xn--zz.fr",
      "b.fr-",
      "b.-fr",
    ])
      assert.throws(
        () => parseEmail(`a@${domain}`),
        /The part after @ is not a valid domain/,
        domain
      );
  });

  it("refuses in the local part the characters that need quoting", () => {
    for (const character of [" ", "\t", "<", ">", "(", ")", "[", "]", ",", ";", ":", '"', "@"])
      assert.throws(
        () => parseEmail(`a${character}b@c.fr`),
        /The part before @ contains characters an email address cannot have/,
        JSON.stringify(character)
      );
  });

  it("says what is missing when there is no name or no domain around the @", () => {
    for (const garbage of ["", "plainaddress", "@hotmail.fr", "marie@", "  marie@  "])
      assert.throws(
        () => parseEmail(garbage),
        /An email address looks like name@example\.com\./,
        garbage
      );
  });

  it("rejects garbage with a sentence a person understands", () => {
    for (const garbage of [
      "",
      "plainaddress",
      "@hotmail.fr",
      "marie@",
      "a b@hotmail.fr",
      "marie@hotmail",
      "marie@-bad-.com",
      "marie@exa mple.com",
      "x".repeat(65) + "@a.com",
      "<script>@a.com",
    ]) {
      assert.throws(() => parseEmail(garbage), InvalidEmailError, garbage);
    }
  });

  it("never offers a host for a protocol the provider blocks, and cites an https source everywhere", () => {
    for (const provider of PROVIDERS) {
      for (const entry of provider.protocols) {
        if (entry.status === "blocked")
          assert.equal(entry.host, null, `${provider.id} ${entry.protocol}`);
        assert.match(entry.source, /^https:\/\//);
      }
    }
  });

  it("knows that Outlook.com has IMAP and POP switched off by default, and OAuth2 only", () => {
    const protocols = lookupProvider("a@outlook.com").protocols;
    const imap = protocols.find((entry) => entry.protocol === "imap");
    assert.deepEqual(
      [imap?.host, imap?.port, imap?.security, imap?.status, imap?.enabledByDefault],
      ["outlook.office365.com", 993, "ssl", "oauth2-only", false]
    );
    const smtp = protocols.find((entry) => entry.protocol === "smtp");
    assert.deepEqual(
      [smtp?.host, smtp?.port, smtp?.security],
      ["smtp-mail.outlook.com", 587, "starttls"]
    );
    assert.ok(protocols.every((entry) => !entry.auth.includes("password")));
  });

  it("uses the local part as user name where the provider asks for it (Free, La Poste)", () => {
    for (const domain of ["free.fr", "laposte.net"]) {
      assert.equal(
        lookupProvider(`a@${domain}`).protocols.find((entry) => entry.protocol === "imap")
          ?.username,
        "local-part",
        domain
      );
    }
  });

  it("says bbox.fr is unverified rather than guessing servers", () => {
    const imap = lookupProvider("a@bbox.fr").protocols.find((entry) => entry.protocol === "imap");
    assert.equal(imap?.unverified, true);
    assert.equal(imap?.host, null);
  });
});
