import assert from "node:assert/strict";
import { signInMethods, type SignInHost } from "../../../addin/src/auth/signInMethods.js";

const outlook = (overrides: Partial<SignInHost>): SignInHost => ({
  inOffice: true,
  nestedAppAuth: false,
  officeSso: true,
  dialogApi: true,
  accountType: "office365",
  mailboxAddress: "someone@example.org",
  ...overrides,
});

describe("sign-in methods per host (addin/auth/signInMethods)", () => {
  it("standalone in a browser: a pop-up sign-in, nothing of Office", () => {
    assert.deepEqual(signInMethods({ ...outlook({}), inOffice: false }), ["browserPopup"]);
  });

  it("Outlook with nested app authentication: NAA first, then Office SSO, then the dialog", () => {
    assert.deepEqual(signInMethods(outlook({ nestedAppAuth: true })), [
      "nestedApp",
      "officeSso",
      "officeDialog",
    ]);
  });

  it("an Outlook.com mailbox never tries Office SSO (documented as unsupported there)", () => {
    assert.deepEqual(signInMethods(outlook({ accountType: "outlookCom" })), ["officeDialog"]);
    assert.deepEqual(signInMethods(outlook({ accountType: "outlookCom", nestedAppAuth: true })), [
      "nestedApp",
      "officeDialog",
    ]);
  });

  it("a work account without NAA: Office SSO, then the dialog", () => {
    assert.deepEqual(signInMethods(outlook({ accountType: "enterprise" })), [
      "officeSso",
      "officeDialog",
    ]);
  });

  it("a host with none of the three offers nothing (the taskpane then points to the standalone page)", () => {
    assert.deepEqual(signInMethods(outlook({ officeSso: false, dialogApi: false })), []);
  });
});
