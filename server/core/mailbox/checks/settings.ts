import { isUnavailable } from "../mailboxData.js";
import type { MailboxCheck } from "../mailboxCheck.js";

/** Mailbox settings worth knowing while repairing: an automatic reply left on. */
export const settings: MailboxCheck = ({ data }) => {
  const value = data.mailboxSettings;
  if (isUnavailable(value)) {
    return [
      {
        id:
          value.unavailable === "denied"
            ? "mailbox.settings.notAvailable"
            : `mailbox.couldNotCheck.${value.unavailable}`,
        severity: "info",
        params: { what: { term: "settings" } },
      },
    ];
  }
  const status = (value.automaticRepliesSetting as { status?: string } | undefined)?.status;
  return status && status !== "disabled"
    ? [{ id: "mailbox.settings.autoReplyOn", severity: "info" }]
    : [];
};
