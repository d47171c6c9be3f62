import type { FindingDraft } from "../diagnosis/check.js";
import type { MailboxData } from "./mailboxData.js";

export interface MailboxCheckContext {
  data: MailboxData;
  now: Date;
  /** Mailbox size limit we compare against; Graph has no quota API for consumer accounts. */
  quotaBytes: number;
}

/** A mailbox check: pure, from data read through Graph to findings. */
export type MailboxCheck = (context: MailboxCheckContext) => FindingDraft[];
