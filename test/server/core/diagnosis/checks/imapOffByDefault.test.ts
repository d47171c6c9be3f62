import assert from "node:assert/strict";
import type { DiagnoseAnswers } from "@contracts/diagnosis.js";
import { imapOffByDefault } from "../../../../../server/core/diagnosis/checks/imapOffByDefault.js";
import { catalogProvider, facts, withProtocols } from "./facts.js";

const wantsApp: DiagnoseAnswers = { wantsThirdPartyClient: true };
const check = (provider: ReturnType<typeof catalogProvider>, answers: DiagnoseAnswers = wantsApp) =>
  imapOffByDefault(facts({ provider, answers }));

describe("check imapOffByDefault: protocols a third-party app needs are switched off at first", () => {
  it("Outlook.com (IMAP and POP off): the Microsoft steps", () => {
    assert.deepEqual(check(catalogProvider("microsoft-consumer")), [
      { id: "protocolsOff.microsoft", severity: "warning", fixId: "enable-imap" },
    ]);
  });

  it("Gmail (POP off, IMAP on): the Google steps", () => {
    assert.deepEqual(check(catalogProvider("google")), [
      { id: "protocolsOff.google", severity: "warning", fixId: "enable-imap" },
    ]);
  });

  it("another provider (Zoho, IMAP off): the general steps, naming the provider", () => {
    assert.deepEqual(check(catalogProvider("zoho-com")), [
      {
        id: "protocolsOff.other",
        severity: "warning",
        fixId: "enable-imap",
        params: { provider: "Zoho Mail" },
      },
    ]);
  });

  it("a Microsoft 365 tenant with IMAP off is told the Microsoft way too", () => {
    const tenant = withProtocols("microsoft-365", { imap: { enabledByDefault: false } });
    assert.deepEqual(check(tenant), [
      { id: "protocolsOff.microsoft", severity: "warning", fixId: "enable-imap" },
    ]);
  });

  it("POP alone being off is enough", () => {
    const popOff = withProtocols("orange", { pop3: { enabledByDefault: false } });
    assert.equal(check(popOff)[0]?.id, "protocolsOff.other");
  });

  it("silent when IMAP and POP are on, or when the catalog does not say they are off", () => {
    // Microsoft 365 says enabledByDefault: true; Yahoo and Orange say nothing.
    for (const id of ["microsoft-365", "yahoo", "orange"])
      assert.deepEqual(check(catalogProvider(id)), [], id);
  });

  it("only IMAP and POP count: other protocols switched off do not concern a mail app", () => {
    const smtpOff = withProtocols("orange", {
      smtp: { enabledByDefault: false },
      mapi: { enabledByDefault: false },
      eas: { enabledByDefault: false },
    });
    assert.deepEqual(check(smtpOff), []);
  });

  it("only when the user wants another app, and only for a known provider", () => {
    const outlookCom = catalogProvider("microsoft-consumer");
    assert.deepEqual(check(outlookCom, {}), []);
    assert.deepEqual(check(outlookCom, { wantsThirdPartyClient: false }), []);
    assert.deepEqual(imapOffByDefault(facts({ provider: null, answers: wantsApp })), []);
  });
});
