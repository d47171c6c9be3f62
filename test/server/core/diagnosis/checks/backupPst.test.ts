import assert from "node:assert/strict";
import { backupPst } from "../../../../../server/core/diagnosis/checks/backupPst.js";
import { parseEmail } from "../../../../../server/core/providers/lookup.js";
import { catalogProvider, facts } from "./facts.js";

describe("check backupPst: mail read over POP may live only in a .pst on this PC", () => {
  it("with .pst files: back them up first (warning), then bring them to the server (info)", () => {
    const expected = [
      { id: "backupPst", severity: "warning", fixId: "backup-pst" },
      { id: "migratePst", severity: "info", fixId: "migrate-pst" },
    ];
    assert.deepEqual(backupPst(facts({ answers: { hasPstFiles: true } })), expected);
    assert.deepEqual(
      backupPst(facts({ answers: { hasPstFiles: true, usedPop3: true } })),
      expected,
      "known .pst files say more than 'maybe'"
    );
  });

  it("brings the .pst back to the server only for a Microsoft mailbox: another provider's POP still works", () => {
    const withPst = (email: string, provider: string) =>
      backupPst(
        facts({
          answers: { hasPstFiles: true },
          address: parseEmail(email),
          provider: catalogProvider(provider),
        })
      ).map((finding) => finding.id);
    assert.deepEqual(withPst("marie@hotmail.fr", "microsoft-consumer"), [
      "backupPst",
      "migratePst",
    ]);
    assert.deepEqual(withPst("marie@contoso.fr", "microsoft-365"), ["backupPst", "migratePst"]);
    assert.deepEqual(withPst("jean@orange.fr", "orange"), ["backupPst"]);
  });

  it("POP used, .pst files not mentioned: the mail may be only on this computer", () => {
    const maybe = [{ id: "backupPstMaybe", severity: "warning", fixId: "backup-pst" }];
    assert.deepEqual(backupPst(facts({ answers: { usedPop3: true } })), maybe);
    assert.deepEqual(backupPst(facts({ answers: { usedPop3: true, hasPstFiles: false } })), maybe);
  });

  it("silent when neither POP nor .pst files are in the picture", () => {
    assert.deepEqual(backupPst(facts({ answers: {} })), []);
    assert.deepEqual(backupPst(facts({ answers: { usedPop3: false, hasPstFiles: false } })), []);
  });
});
