// The rule model (API contract): how mail from several accounts should land in one place, described
// once and compiled to every format people load. Folder paths are folder names from the mailbox root;
// the first may be a well-known name such as "Inbox".

export interface RuleConditions {
  fromAddresses?: string[];
  sentToAddresses?: string[];
  subjectContains?: string[];
  bodyContains?: string[];
  /** "Header-Name: value" (or just a value to look for in any header). */
  headerContains?: string[];
  hasAttachments?: boolean;
  /** Client-side only: the account the message arrived through. */
  receivedThroughAccount?: string;
}

export interface RuleActions {
  moveToFolder?: string[];
  copyToFolder?: string[];
  markAsRead?: boolean;
  assignCategories?: string[];
  forwardTo?: string[];
  stopProcessingRules?: boolean;
}

export interface Rule {
  name: string;
  enabled?: boolean;
  conditions?: RuleConditions;
  exceptions?: RuleConditions;
  actions: RuleActions;
}

export const TARGETS = [
  "graph",
  "exchange-powershell",
  "outlook-classic",
  "thunderbird",
  "sieve",
  "gmail",
] as const;
export type Target = (typeof TARGETS)[number];

export interface Artifact {
  target: Target;
  filename: string;
  mediaType: string;
  content: string;
}

export interface RuleWarning {
  rule: string;
  target: Target;
  /** left-out: the rule is not in this target's artifact; approximated: compiled differently; note: good to know. */
  kind: "left-out" | "approximated" | "note";
  /** The condition or action concerned, e.g. "conditions.headerContains". */
  field: string;
  message: string;
}

export interface CompileResponse {
  artifacts: Artifact[];
  warnings: RuleWarning[];
}
