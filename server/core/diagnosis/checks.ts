// Every check, in the order their findings are shown within a severity. Add a check here to run it.
import type { Check } from "./check.js";
import { addressKnown } from "./checks/addressKnown.js";
import { pop3PasswordRetired } from "./checks/pop3PasswordRetired.js";
import { connectionType } from "./checks/connectionType.js";
import { hostGuidance } from "./checks/hostGuidance.js";
import { appPasswordsObsolete } from "./checks/appPasswordsObsolete.js";
import { imapOffByDefault } from "./checks/imapOffByDefault.js";
import { backupPst } from "./checks/backupPst.js";
import { outlookDoesNotOpen } from "./checks/outlookDoesNotOpen.js";
import { hostTooOld } from "./checks/hostTooOld.js";
import { passwordPolicy } from "./checks/passwordPolicy.js";
import { workAccount } from "./checks/workAccount.js";
import { dnsProblem } from "./checks/dnsProblem.js";
import { autodiscoverRecord } from "./checks/autodiscoverRecord.js";
import { srvRecords } from "./checks/srvRecords.js";

export const CHECKS: readonly Check[] = [
  pop3PasswordRetired,
  dnsProblem,
  autodiscoverRecord,
  srvRecords,
  backupPst,
  outlookDoesNotOpen,
  imapOffByDefault,
  hostTooOld,
  connectionType,
  workAccount,
  passwordPolicy,
  appPasswordsObsolete,
  hostGuidance,
  addressKnown,
];
