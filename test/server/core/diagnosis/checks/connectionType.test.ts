import assert from "node:assert/strict";
import type { AccountType } from "@contracts/accountSnapshot.js";
import { connectionType } from "../../../../../server/core/diagnosis/checks/connectionType.js";
import { classicWindowsOutlookCom } from "../../../../fixtures/snapshots.js";
import { facts } from "./facts.js";

const inOutlook = (accountType: AccountType | null) =>
  connectionType(
    facts({ snapshot: { ...classicWindowsOutlookCom, accountType }, host: "classic-windows" })
  );

describe("check connectionType: how the mailbox MailBridge runs in is connected", () => {
  it("Outlook.com or Microsoft 365: the modern Exchange connection, fine", () => {
    for (const type of ["outlookCom", "office365"] as const)
      assert.deepEqual(inOutlook(type), [{ id: "connectedModern", severity: "ok" }], type);
  });

  it("an organisation's own Exchange server (enterprise)", () => {
    assert.deepEqual(inOutlook("enterprise"), [{ id: "connectedOnPremises", severity: "info" }]);
  });

  it("a Gmail account in new Outlook", () => {
    assert.deepEqual(inOutlook("gmail"), [{ id: "connectedGmail", severity: "info" }]);
  });

  it("an Outlook too old to say (no account type)", () => {
    assert.deepEqual(inOutlook(null), [{ id: "connectedUnknown", severity: "info" }]);
  });

  it("nothing outside Outlook, whatever the snapshot says", () => {
    const snapshot = { ...classicWindowsOutlookCom, accountType: "outlookCom" as const };
    assert.deepEqual(connectionType(facts({ snapshot, host: "standalone" })), []);
  });
});
