// What every compiler shares: the language of step-by-step texts, and how it reports what a target
// loses. A compiler never drops a condition or action silently: it leaves the rule out with a
// warning, or compiles an explicit approximation and says so.
import type { Locale } from "@contracts/locales.js";
import { frenchTypography } from "../frenchTypography.js";
import { INBOX_IN_RULES } from "@contracts/wellKnownFolders.js";
import type { Rule, RuleConditions, RuleWarning, Target } from "@contracts/rules.js";

export interface Words {
  en: string;
  fr: string;
}

export class CompileContext {
  readonly warnings: RuleWarning[] = [];

  constructor(
    readonly target: Target,
    readonly locale: Locale,
    /** The user's own addresses, when known (Gmail's export names its author). */
    readonly ownAddresses: string[] = [],
    /** What the user's mailbox calls the inbox, for texts a person follows ("Boîte de réception"). */
    readonly inboxName: string = "Inbox"
  ) {}

  /** A folder path as the user sees it: the rule model's "Inbox" under the mailbox's own name. */
  folderPathForPeople(path: readonly string[]): string[] {
    return path.map((segment, index) =>
      index === 0 && segment.toLowerCase() === INBOX_IN_RULES.toLowerCase()
        ? this.inboxName
        : segment
    );
  }

  leftOut(rule: Rule, field: string, why: Words): void {
    this.add(
      rule,
      "left-out",
      field,
      this.locale === "fr" ? `Règle non incluse : ${why.fr}` : `Rule left out: ${why.en}`
    );
  }

  approximated(rule: Rule, field: string, how: Words): void {
    this.add(
      rule,
      "approximated",
      field,
      this.locale === "fr" ? `Approximation : ${how.fr}` : `Approximation: ${how.en}`
    );
  }

  note(rule: Rule, field: string, words: Words): void {
    this.add(rule, "note", field, words[this.locale]);
  }

  words(words: Words): string {
    return words[this.locale];
  }

  private add(rule: Rule, kind: RuleWarning["kind"], field: string, message: string): void {
    const text = this.locale === "fr" ? frenchTypography(message) : message;
    this.warnings.push({ rule: rule.name, target: this.target, kind, field, message: text });
  }
}

export interface TargetCompiler {
  target: Target;
  filename: string;
  mediaType: string;
  compile(rules: Rule[], context: CompileContext): string;
}

/** The condition fields, in the order compilers read them. */
export const CONDITION_FIELDS = [
  "fromAddresses",
  "sentToAddresses",
  "subjectContains",
  "bodyContains",
  "headerContains",
  "hasAttachments",
  "receivedThroughAccount",
] as const;

/** "X-Forwarded-For: me@gmail.com" → ["X-Forwarded-For", "me@gmail.com"]; null when no valid header name. */
export function splitHeader(entry: string): [string, string] | null {
  const match = /^([!-9;-~]+):\s?([\s\S]*)/.exec(entry);
  return match?.[2] ? [match[1]!, match[2]] : null;
}

/**
 * The addresses a server rule matches as recipients: "sent to" plus the received-through account
 * (the nearest server-side equivalent), each once — compared case-insensitively, as Exchange does.
 */
export function recipientsWithAccount(conditions: RuleConditions): string[] {
  const all = [
    ...(conditions.sentToAddresses ?? []),
    ...(conditions.receivedThroughAccount ? [conditions.receivedThroughAccount] : []),
  ];
  return all.filter(
    (address, index) =>
      all.findIndex((other) => other.toLowerCase() === address.toLowerCase()) === index
  );
}
