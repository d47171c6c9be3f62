// Prefilled unification rules from the accounts the user brings together: one rule per extra account,
// sending its mail to its own folder under the main inbox, tagged with a category.
import type { Rule } from "@contracts/rules.js";

export type Strategy = "server" | "client" | "thirdParty";

export interface UnifyAccount {
  email: string;
  /** Provider name from the lookup, e.g. "Gmail"; null when unknown. */
  providerName: string | null;
}

/** "Gmail" for a Gmail address, else the domain without its suffix ("orange" for orange.fr). */
export function folderNameFor(account: UnifyAccount): string {
  const domain = account.email.split("@")[1] ?? account.email;
  return account.providerName && account.providerName !== "Other provider"
    ? account.providerName.replace(/\s*\(.*\)$/, "")
    : (domain.split(".")[0] ?? domain);
}

export function prefillRules(accounts: UnifyAccount[], strategy: Strategy): Rule[] {
  return accounts.slice(1).map((account) => {
    const folder = folderNameFor(account);
    return {
      name: `${account.email} → ${folder}`,
      enabled: true,
      conditions:
        strategy === "client"
          ? { receivedThroughAccount: account.email }
          : { sentToAddresses: [account.email] },
      actions: {
        moveToFolder: ["Inbox", folder],
        assignCategories: [folder],
        stopProcessingRules: true,
      },
    };
  });
}

/** Where a user's edit of one account's rule is kept: per strategy, because the conditions differ by strategy. */
export const editKey = (strategy: Strategy, email: string): string =>
  `${strategy}:${email.toLowerCase()}`;

/**
 * The rules to show: the prefilled rule of each extra account, or the user's own version of it. Edits
 * survive adding or removing other accounts, and switching strategy back and forth.
 */
export function rulesWithEdits(
  accounts: UnifyAccount[],
  strategy: Strategy,
  edits: ReadonlyMap<string, Rule>
): Rule[] {
  return prefillRules(accounts, strategy).map(
    (rule, index) => edits.get(editKey(strategy, accounts[index + 1]!.email)) ?? rule
  );
}

/** Targets worth showing for each strategy, most useful first. */
export const TARGETS_BY_STRATEGY = {
  server: ["graph", "outlook-classic", "exchange-powershell"],
  client: ["outlook-classic", "thunderbird"],
  thirdParty: ["thunderbird", "sieve", "gmail"],
} as const;
