import assert from "node:assert/strict";
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import type { DiagnoseAnswers } from "@contracts/diagnosis.js";
import { pop3PasswordRetired } from "../../../../../server/core/diagnosis/checks/pop3PasswordRetired.js";
import { parseEmail } from "../../../../../server/core/providers/lookup.js";
import { classicWindowsOutlookCom, standalone } from "../../../../fixtures/snapshots.js";
import { catalogProvider, facts } from "./facts.js";

const OUTLOOK_COM = catalogProvider("microsoft-consumer");
/** The snapshot's own address is marie.dupont@outlook.com. */
const check = (
  snapshot: AccountSnapshot,
  answers: DiagnoseAnswers,
  email = "marie.dupont@outlook.com",
  provider = OUTLOOK_COM
) => pop3PasswordRetired(facts({ snapshot, answers, address: parseEmail(email), provider }));
const retired = (severity: string) => [
  { id: "pop3PasswordRetired", severity, fixId: "readd-account" },
];
const replaced = (severity: string) => [{ id: "pop3Replaced", severity, fixId: "migrate-pst" }];

describe("check pop3PasswordRetired: Outlook.com no longer takes POP3 with a password", () => {
  it("an Outlook.com address read over POP3: an error, re-add the account", () => {
    assert.deepEqual(check(standalone, { usedPop3: true }), retired("error"));
  });

  it("when the user did not say whether they used POP3: a warning", () => {
    assert.deepEqual(check(standalone, {}), retired("warning"));
  });

  it("the same mailbox already open here through Exchange: remove POP, bring the .pst back", () => {
    assert.deepEqual(check(classicWindowsOutlookCom, { usedPop3: true }), replaced("warning"));
    assert.deepEqual(check(classicWindowsOutlookCom, {}), replaced("info"));
  });

  it("recognises the mailbox whatever the case of the address", () => {
    assert.deepEqual(
      check(classicWindowsOutlookCom, { usedPop3: true }, "Marie.Dupont@Outlook.com"),
      replaced("warning")
    );
  });

  it("open as a Microsoft 365 (office365) account counts as through Exchange too", () => {
    const office365 = { ...classicWindowsOutlookCom, accountType: "office365" as const };
    assert.deepEqual(check(office365, { usedPop3: true }), replaced("warning"));
  });

  it("another mailbox open here, another connection, or no Outlook: still retired", () => {
    const cases: [string, AccountSnapshot, string][] = [
      ["another address", classicWindowsOutlookCom, "jean@hotmail.fr"],
      ["a Gmail account", { ...classicWindowsOutlookCom, accountType: "gmail" }, ""],
      ["an Exchange server", { ...classicWindowsOutlookCom, accountType: "enterprise" }, ""],
      ["unknown account type", { ...classicWindowsOutlookCom, accountType: null }, ""],
      ["no address known", { ...classicWindowsOutlookCom, emailAddress: null }, ""],
      ["standalone", { ...classicWindowsOutlookCom, mode: "standalone" }, ""],
    ];
    for (const [name, snapshot, email] of cases)
      assert.deepEqual(
        check(snapshot, { usedPop3: true }, email || "marie.dupont@outlook.com"),
        retired("error"),
        name
      );
  });

  it("without the diagnosed address, cannot tell it is the mailbox open here: still retired", () => {
    const context = facts({
      snapshot: classicWindowsOutlookCom,
      answers: { usedPop3: true },
      address: null,
      provider: OUTLOOK_COM,
    });
    assert.deepEqual(pop3PasswordRetired(context), retired("error"));
  });

  it("silent when the user says they did not use POP3", () => {
    assert.deepEqual(check(standalone, { usedPop3: false }), []);
    assert.deepEqual(check(classicWindowsOutlookCom, { usedPop3: false }), []);
  });

  it("only for Outlook.com addresses: Microsoft 365, Gmail and unknown providers are not concerned", () => {
    for (const id of ["microsoft-365", "google", "orange"])
      assert.deepEqual(
        check(standalone, { usedPop3: true }, "a@example.org", catalogProvider(id)),
        [],
        id
      );
    assert.deepEqual(
      pop3PasswordRetired(facts({ answers: { usedPop3: true }, provider: null })),
      []
    );
  });
});
