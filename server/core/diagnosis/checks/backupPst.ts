import type { Check } from "../check.js";

/** Mail read over POP often lives only in a .pst on this PC: back it up before changing anything. */
export const backupPst: Check = ({ answers }) => {
  if (answers.hasPstFiles)
    return [
      { id: "backupPst", severity: "warning", fixId: "backup-pst" },
      { id: "migratePst", severity: "info", fixId: "migrate-pst" },
    ];
  if (answers.usedPop3) return [{ id: "backupPstMaybe", severity: "warning", fixId: "backup-pst" }];
  return [];
};
