// Every mailbox (Graph) check, in display order within a severity.
import type { MailboxCheck } from "./mailboxCheck.js";
import { reachable } from "./checks/reachable.js";
import { storage } from "./checks/storage.js";
import { delivery } from "./checks/delivery.js";
import { rules } from "./checks/rules.js";
import { settings } from "./checks/settings.js";

export const MAILBOX_CHECKS: readonly MailboxCheck[] = [
  reachable,
  storage,
  delivery,
  rules,
  settings,
];
