import type { Check } from "../check.js";

/**
 * The heart of the problem: Outlook.com addresses cannot be read over POP3 with a password anymore.
 * When this very mailbox is already open here through Exchange, the fix is done and what is left is
 * removing the dead POP account and bringing its mail back.
 */
export const pop3PasswordRetired: Check = ({ provider, answers, snapshot, address }) => {
  if (provider?.kind !== "microsoft-consumer" || answers.usedPop3 === false) return [];
  const openHereThroughExchange =
    snapshot.mode === "outlook" &&
    (snapshot.accountType === "outlookCom" || snapshot.accountType === "office365") &&
    snapshot.emailAddress?.toLowerCase() === address?.email.toLowerCase();
  if (openHereThroughExchange)
    return [
      { id: "pop3Replaced", severity: answers.usedPop3 ? "warning" : "info", fixId: "migrate-pst" },
    ];
  return [
    {
      id: "pop3PasswordRetired",
      severity: answers.usedPop3 ? "error" : "warning",
      fixId: "readd-account",
    },
  ];
};
