import assert from "node:assert/strict";
import type { DomainDns } from "@contracts/connectivity.js";
import type { DiagnoseRequest, Finding } from "@contracts/diagnosis.js";
import type { CheckContext } from "../../../../server/core/diagnosis/check.js";
import { diagnose, diagnosedAddress } from "../../../../server/core/diagnosis/diagnose.js";
import { catalogProvider, domainDns } from "./checks/facts.js";
import { translator } from "../../../../server/i18n/index.js";
import * as snapshots from "../../../fixtures/snapshots.js";

const run = (request: DiagnoseRequest, locale: "en" | "fr" = "en") =>
  diagnose(request, translator(locale), locale);
const ids = (findings: Finding[]) => findings.map((finding) => finding.id);
const byId = (findings: Finding[], id: string) => {
  const found = findings.find((finding) => finding.id === id);
  assert.ok(found, `expected finding ${id} in ${ids(findings).join(", ")}`);
  return found;
};

describe("diagnosis (server/core/diagnosis)", () => {
  it("classic Windows + outlook.com via Exchange, after POP3: the account already works, remove POP and bring the .pst back", () => {
    const { findings, provider } = run({
      snapshot: snapshots.classicWindowsOutlookCom,
      answers: { usedPop3: true, hasPstFiles: true },
    });
    assert.equal(provider?.kind, "microsoft-consumer");
    assert.deepEqual(ids(findings).slice(0, 3), ["pop3Replaced", "backupPst", "migratePst"]);
    assert.equal(byId(findings, "pop3Replaced").fixId, "migrate-pst");
    assert.equal(byId(findings, "connectedModern").severity, "ok");
    assert.match(
      byId(findings, "host.classic-windows").title,
      /classic Outlook for Windows \(version 16\.0\.17928\.20114\)/
    );
    assert.ok(!ids(findings).includes("pop3PasswordRetired"));
  });

  it("Outlook on the web + hotmail.fr, in French: mailbox healthy online, repair the desktop Outlook", () => {
    const { findings } = run(
      {
        snapshot: snapshots.webHotmailFr,
        email: "jean.martin@hotmail.fr",
        answers: { usedPop3: true },
      },
      "fr"
    );
    assert.match(
      byId(findings, "host.new-outlook-or-web").title,
      /Outlook sur le web ou le nouvel Outlook/
    );
    assert.match(byId(findings, "appPasswordsObsolete").title, /mots de passe d’application/);
    assert.equal(byId(findings, "backupPstMaybe").severity, "warning");
  });

  it("new Outlook + gmail.com: Gmail connected with Google's sign-in; app password or OAuth2 for other apps; POP off by default", () => {
    const { findings, provider } = run({
      snapshot: snapshots.newOutlookGmail,
      answers: { wantsThirdPartyClient: true },
    });
    assert.equal(provider?.kind, "google");
    assert.equal(byId(findings, "connectedGmail").severity, "info");
    assert.match(
      byId(findings, "passwordPolicy.app-password").title,
      /Gmail refuses your normal password/
    );
    assert.equal(byId(findings, "protocolsOff.google").fixId, "enable-imap");
    assert.ok(
      !ids(findings).some((id) => id.startsWith("pop3")),
      "nothing about Outlook.com POP3 for Gmail"
    );
  });

  it("Mac + live.com, wanting Thunderbird: Mac steps, and IMAP must be switched on in Outlook on the web first", () => {
    const { findings } = run({
      snapshot: snapshots.macLive,
      answers: { wantsThirdPartyClient: true, usedPop3: false },
    });
    assert.match(byId(findings, "host.mac").detail, /Outlook > Settings > Accounts/);
    const off = byId(findings, "protocolsOff.microsoft");
    assert.equal(off.severity, "warning");
    assert.match(off.detail, /Forwarding and IMAP/);
    assert.ok(
      !ids(findings).includes("pop3PasswordRetired"),
      "the user said they did not use POP3"
    );
  });

  it("a work account: the admin decides, basic auth retired there too", () => {
    const { findings, provider } = run({ snapshot: snapshots.workAccount }, "fr");
    assert.equal(provider?.kind, "microsoft-work");
    assert.match(byId(findings, "workAccount").title, /compte professionnel ou scolaire/);
    assert.equal(byId(findings, "connectedModern").severity, "ok");
  });

  it("standalone, Outlook does not open, POP3 hotmail: POP is dead, re-add as Exchange, new profile, back up first", () => {
    const { findings, email } = run({
      snapshot: snapshots.standalone,
      email: "Marie@Hotmail.FR",
      answers: { usedPop3: true, outlookOpens: false, hasPstFiles: true },
    });
    assert.equal(email, "Marie@hotmail.fr");
    assert.deepEqual(ids(findings).slice(0, 3), [
      "pop3PasswordRetired",
      "backupPst",
      "outlookDoesNotOpen",
    ]);
    assert.equal(byId(findings, "pop3PasswordRetired").severity, "error");
    assert.equal(byId(findings, "pop3PasswordRetired").fixId, "readd-account");
    assert.equal(byId(findings, "outlookDoesNotOpen").fixId, "new-profile");
    assert.equal(byId(findings, "host.standalone").fixId, "test-webmail");
  });

  it("an old classic Outlook: asks for Office updates and explains the unknown account type", () => {
    const { findings } = run({ snapshot: snapshots.oldClassicOutlook });
    assert.match(byId(findings, "hostTooOld").title, /Mailbox API 1\.4/);
    assert.equal(byId(findings, "connectedUnknown").severity, "info");
  });

  it("standalone: the web check names the user's own webmail, never Outlook.com's for another provider", () => {
    const detail = (email: string, locale: "en" | "fr" = "en") =>
      byId(run({ snapshot: snapshots.standalone, email }, locale).findings, "host.standalone")
        .detail;
    assert.match(detail("marie@hotmail.fr"), /on the web \(outlook\.live\.com\)/);
    assert.match(detail("jean@gmail.com"), /on the web \(mail\.google\.com\)/);
    // Orange is in the catalog without a webmail address: no guess, and no Microsoft site.
    assert.match(detail("jean@orange.fr"), /on the web \(your provider's website\)/);
    assert.match(detail("jean@orange.fr", "fr"), /sur le web \(le site de votre fournisseur\)/);
    assert.deepEqual(run({ snapshot: snapshots.standalone, email: "jean@gmail.com" }).provider, {
      id: "google",
      name: "Gmail",
      kind: "google",
      webmail: "https://mail.google.com/",
    });
  });

  it("standalone without any address asks for it", () => {
    assert.deepEqual(ids(run({ snapshot: snapshots.standalone }).findings), [
      "host.standalone",
      "addressMissing",
    ]);
  });

  it("orders findings error, warning, info, ok", () => {
    const order = ["error", "warning", "info", "ok"];
    for (const snapshot of Object.values(snapshots)) {
      const severities = run({
        snapshot,
        email: "x@hotmail.fr",
        answers: {
          usedPop3: true,
          hasPstFiles: true,
          outlookOpens: false,
          wantsThirdPartyClient: true,
        },
      }).findings.map((f) => order.indexOf(f.severity));
      assert.deepEqual(
        severities,
        [...severities].sort((a, b) => a - b)
      );
    }
  });

  it("has a title and detail in both languages for every finding any situation produces", () => {
    const answers = [
      {},
      { usedPop3: true },
      { usedPop3: false, wantsThirdPartyClient: true },
      { usedPop3: true, hasPstFiles: true, outlookOpens: false, wantsThirdPartyClient: true },
    ];
    const emails = [
      undefined,
      "a@hotmail.fr",
      "a@gmail.com",
      "a@yahoo.fr",
      "a@icloud.com",
      "a@free.fr",
      "a@bbox.fr",
      "a@x.onmicrosoft.com",
      "a@example.org",
    ];
    for (const locale of ["en", "fr"] as const) {
      for (const snapshot of Object.values(snapshots)) {
        for (const answer of answers) {
          for (const email of emails) {
            for (const finding of run(
              { snapshot, answers: answer, ...(email ? { email } : {}) },
              locale
            ).findings) {
              assert.ok(
                finding.title.length > 5 && finding.detail.length > 10,
                `${locale} ${finding.id}`
              );
              assert.doesNotMatch(
                finding.title + finding.detail,
                /\{\{|findings\./,
                `${locale} ${finding.id} is not fully translated`
              );
            }
          }
        }
      }
    }
  });

  describe("the facts every check is given", () => {
    /** Runs one check that keeps what it was given (and finds nothing). */
    const seenBy = (request: DiagnoseRequest, dns: DomainDns | null = null) => {
      const seen: CheckContext[] = [];
      const result = diagnose(request, translator("en"), "en", dns, [
        (context) => (seen.push(context), []),
      ]);
      assert.equal(seen.length, 1);
      return { context: seen[0]!, result };
    };

    it("the snapshot, the answers (none: empty), the host, the address and its catalog provider", () => {
      const { context, result } = seenBy({ snapshot: snapshots.macLive });
      assert.deepEqual(context, {
        snapshot: snapshots.macLive,
        answers: {},
        host: "mac",
        address: { email: "sophie@live.com", localPart: "sophie", domain: "live.com" },
        provider: catalogProvider("microsoft-consumer"),
        evidence: { by: "catalog" },
        dns: null,
      });
      assert.deepEqual(result, {
        email: "sophie@live.com",
        provider: {
          id: "microsoft-consumer",
          name: "Outlook.com (Hotmail, Live, MSN)",
          kind: "microsoft-consumer",
          webmail: "https://outlook.live.com/mail/",
        },
        findings: [],
      });
      const answers = { usedPop3: true };
      assert.equal(seenBy({ snapshot: snapshots.macLive, answers }).context.answers, answers);
    });

    it("a custom domain: its DNS facts, and the provider its MX record names", () => {
      const facts = domainDns("boulangerie.fr", {
        mx: { records: [{ exchange: "mx1.mail.ovh.net", priority: 10 }] },
      });
      const { context } = seenBy(
        { snapshot: snapshots.standalone, email: "contact@boulangerie.fr" },
        facts
      );
      assert.equal(context.dns, facts);
      assert.equal(context.provider, catalogProvider("ovhcloud"));
      assert.deepEqual(context.evidence, {
        by: "mx",
        exchange: "mx1.mail.ovh.net",
        unverified: false,
      });
    });

    it("DNS facts of another domain than the address's are not used", () => {
      const other = domainDns("other.fr", {
        mx: { records: [{ exchange: "mx1.mail.ovh.net", priority: 10 }] },
      });
      const { context } = seenBy(
        { snapshot: snapshots.standalone, email: "contact@boulangerie.fr" },
        other
      );
      assert.equal(context.dns, null);
      assert.deepEqual(context.evidence, { by: "none" });
    });

    it("a custom domain without DNS facts: an unknown provider DNS was not asked about", () => {
      const { context, result } = seenBy({
        snapshot: snapshots.standalone,
        email: "contact@boulangerie.fr",
      });
      assert.equal(context.dns, null);
      assert.equal(context.provider?.kind, "other");
      assert.deepEqual(context.evidence, { by: "none" });
      assert.equal(result.provider?.id, "other");
    });

    it("no address: nothing about a provider, and no DNS facts even if some are given", () => {
      const { context, result } = seenBy(
        { snapshot: snapshots.standalone },
        domainDns("boulangerie.fr")
      );
      assert.deepEqual(
        [context.address, context.provider, context.evidence, context.dns, context.host],
        [null, null, null, null, "standalone"]
      );
      assert.deepEqual([result.email, result.provider], [null, null]);
    });
  });

  it("diagnoses the address typed, else the one Outlook reports; a blank one counts as none", () => {
    const snapshot = snapshots.classicWindowsOutlookCom;
    assert.equal(diagnosedAddress({ snapshot, email: " jean@hotmail.fr " }), "jean@hotmail.fr");
    assert.equal(diagnosedAddress({ snapshot, email: "  " }), "marie.dupont@outlook.com");
    assert.equal(diagnosedAddress({ snapshot }), "marie.dupont@outlook.com");
    assert.equal(diagnosedAddress({ snapshot: snapshots.standalone, email: "" }), null);
    assert.equal(run({ snapshot, email: "  " }).email, "marie.dupont@outlook.com");
  });
});
