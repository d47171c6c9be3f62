import { isUnavailable } from "../mailboxData.js";
import type { MailboxCheck } from "../mailboxCheck.js";

/** The mailbox answers on the server side: the mail is safe online and the problem is the client. */
export const reachable: MailboxCheck = ({ data }) =>
  isUnavailable(data.user)
    ? [{ id: `mailbox.unreachable.${data.user.unavailable}`, severity: "warning" }]
    : [{ id: "mailbox.reachable", severity: "ok", params: { address: data.user.mail } }];
