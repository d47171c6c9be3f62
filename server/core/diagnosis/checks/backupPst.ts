import type { Check } from "../check.js";
import { isMicrosoft } from "../../providers/microsoft.js";

/**
 * Mail read over POP often lives only in a .pst on this PC: back it up before changing anything.
 * Moving it back to the server is the Microsoft procedure's step (another provider's POP still
 * works); without an address, it may be one.
 */
export const backupPst: Check = ({ answers, provider, address }) => {
  if (answers.hasPstFiles)
    return [
      { id: "backupPst", severity: "warning", fixId: "backup-pst" },
      ...(address === null || isMicrosoft(provider)
        ? [{ id: "migratePst", severity: "info", fixId: "migrate-pst" } as const]
        : []),
    ];
  if (answers.usedPop3) return [{ id: "backupPstMaybe", severity: "warning", fixId: "backup-pst" }];
  return [];
};
