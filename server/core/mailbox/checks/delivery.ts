import { isUnavailable } from "../mailboxData.js";
import type { MailboxCheck } from "../mailboxCheck.js";

const DAY = 24 * 3600 * 1000;

/** When did mail last arrive? Recent mail means delivery works and only the client is broken. */
export const delivery: MailboxCheck = ({ data, now }) => {
  const newest = data.newestInboxMessage;
  if (isUnavailable(newest))
    return [
      {
        id: `mailbox.couldNotCheck.${newest.unavailable}`,
        severity: "info",
        params: { what: { term: "delivery" } },
      },
    ];
  if (!newest.receivedDateTime) return [{ id: "mailbox.delivery.empty", severity: "info" }];
  const age = now.getTime() - Date.parse(newest.receivedDateTime);
  const days = Math.floor(age / DAY);
  if (days >= 3)
    return [{ id: "mailbox.delivery.stale", severity: "warning", params: { count: days } }];
  return [
    {
      id: "mailbox.delivery.recent",
      severity: "ok",
      params: { count: Math.max(0, Math.round(age / 3600_000)) },
    },
  ];
};
