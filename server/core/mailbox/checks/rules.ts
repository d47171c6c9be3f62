import { isUnavailable, type RuleInfo } from "../mailboxData.js";
import type { MailboxCheck } from "../mailboxCheck.js";
import type { FindingDraft } from "../../diagnosis/check.js";

/** Addresses a rule sends mail to (forward, redirect, forward as attachment). */
function recipients(rule: RuleInfo): string[] {
  return ["forwardTo", "redirectTo", "forwardAsAttachmentTo"].flatMap((key) => {
    const list = rule.actions[key];
    return Array.isArray(list)
      ? list
          .map((entry) =>
            String((entry as { emailAddress?: { address?: string } }).emailAddress?.address ?? "")
          )
          .filter(Boolean)
      : [];
  });
}

/**
 * Audits inbox rules: forwarding out of the mailbox (how mailboxes get emptied by intruders), rules in
 * error, disabled rules and rules that delete. Consumer mailboxes may refuse to show rules (403):
 * that is "not available for this account", not a failure.
 */
export const rules: MailboxCheck = ({ data }) => {
  if (isUnavailable(data.rules)) {
    return [
      {
        id:
          data.rules.unavailable === "denied"
            ? "mailbox.rules.notAvailable"
            : `mailbox.couldNotCheck.${data.rules.unavailable}`,
        severity: "info",
        params: { what: { term: "rules" } },
      },
    ];
  }
  // Unread user: no address is the mailbox's own, so every recipient counts as outside.
  const own = isUnavailable(data.user) ? null : data.user.mail.toLowerCase();
  const drafts: FindingDraft[] = [];
  for (const rule of data.rules) {
    const outside = recipients(rule).filter((address) => address.toLowerCase() !== own);
    if (outside.length > 0 && rule.isEnabled)
      drafts.push({
        id: "mailbox.rules.forwardsOut",
        severity: "warning",
        params: { rule: rule.displayName, to: { list: outside } },
      });
    if (rule.hasError)
      drafts.push({
        id: "mailbox.rules.inError",
        severity: "warning",
        params: { rule: rule.displayName },
      });
    if (!rule.isEnabled)
      drafts.push({
        id: "mailbox.rules.disabled",
        severity: "info",
        params: { rule: rule.displayName },
      });
    if (rule.isEnabled && (rule.actions.delete === true || rule.actions.permanentDelete === true))
      drafts.push({
        id: "mailbox.rules.deletes",
        severity: "warning",
        params: { rule: rule.displayName },
      });
  }
  if (drafts.length === 0)
    drafts.push({
      id: "mailbox.rules.ok",
      severity: "ok",
      params: { count: data.rules.length },
    });
  return drafts;
};
