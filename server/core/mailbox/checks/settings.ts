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
  const status = (value.automaticRepliesSetting as { status?: unknown } | undefined)?.status;
  // Graph's schema says "disabled", its docs show "Disabled": compare as Exchange does, ignoring case.
  return typeof status === "string" && status.toLowerCase() !== "disabled"
    ? [{ id: "mailbox.settings.autoReplyOn", severity: "info" }]
    : [];
};
