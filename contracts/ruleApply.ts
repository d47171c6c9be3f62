// POST /api/rules/apply: what MailBridge will do (dry run) or did to the mailbox's inbox rules.
export interface FolderPlan {
  path: string[];
  status: "exists" | "create" | "created" | "failed";
}

export interface RulePlan {
  name: string;
  /** exists: an identical rule is already there · conflict: a different rule has this name (left alone). */
  status: "exists" | "create" | "created" | "conflict" | "failed" | "unsupported";
  message?: string;
}

export interface ApplyResponse {
  dryRun: boolean;
  folders: FolderPlan[];
  rules: RulePlan[];
}
