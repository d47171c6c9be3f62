import type { Check } from "../check.js";

/**
 * How this mailbox is connected in the Outlook that runs us. Outlook add-ins only load for Exchange,
 * Outlook.com and (in new Outlook) Gmail mailboxes, never for a POP or IMAP account, so being here at
 * all already tells us the mailbox is not on POP.
 */
export const connectionType: Check = ({ snapshot, host }) => {
  if (host === "standalone") return [];
  switch (snapshot.accountType) {
    case "outlookCom":
    case "office365":
      return [{ id: "connectedModern", severity: "ok" }];
    case "enterprise":
      return [{ id: "connectedOnPremises", severity: "info" }];
    case "gmail":
      return [{ id: "connectedGmail", severity: "info" }];
    default:
      return [{ id: "connectedUnknown", severity: "info" }];
  }
};
