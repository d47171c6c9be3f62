// The repair procedure as data: which steps exist, in which phase, for which Outlook, and which
// diagnosis fix each one carries out. The words live in i18n (repair.steps.<id>.title/why/how).
import type { FixId } from "@contracts/diagnosis.js";
import type { HostKind } from "@contracts/hostKind.js";
import type repairTexts from "../i18n/locales/en/repair.json";

/** The Outlook being repaired (not necessarily the one MailBridge runs in). */
export type RepairTarget = "classic-windows" | "mac" | "new-outlook-or-web";
export const REPAIR_TARGETS: readonly RepairTarget[] = [
  "classic-windows",
  "mac",
  "new-outlook-or-web",
];

export const PHASES = [
  "prepare",
  "reconnect",
  "profile",
  "migrate",
  "otherApps",
  "troubleshoot",
] as const;
export type Phase = (typeof PHASES)[number];

/** A step exists only with its words: title, why and how in the repair texts. */
export type StepId = keyof (typeof repairTexts)["steps"];

export interface RepairStep {
  id: StepId;
  phase: Phase;
  targets: readonly RepairTarget[];
  /** Diagnosis fixes this step carries out (findings link here). */
  fixes?: readonly FixId[];
  /** Shown only when the user said they used POP3 or have .pst files. */
  popOnly?: boolean;
  /** Only for Outlook.com / Microsoft 365 addresses (it names Microsoft's sign-in, settings or servers). */
  microsoftOnly?: boolean;
}

const ALL = REPAIR_TARGETS;
const DESKTOP: readonly RepairTarget[] = ["classic-windows", "mac"];
const WINDOWS: readonly RepairTarget[] = ["classic-windows"];

export const STEPS: readonly RepairStep[] = [
  { id: "backupPst", phase: "prepare", targets: WINDOWS, fixes: ["backup-pst"], popOnly: true },
  { id: "backupMac", phase: "prepare", targets: ["mac"], fixes: ["backup-pst"], popOnly: true },
  { id: "testWebmail", phase: "prepare", targets: ALL, fixes: ["test-webmail"] },
  { id: "checkSpace", phase: "prepare", targets: ALL, microsoftOnly: true },
  { id: "noteRules", phase: "prepare", targets: DESKTOP },
  { id: "updateOffice", phase: "prepare", targets: DESKTOP, fixes: ["update-office"] },
  {
    id: "readdWindows",
    phase: "reconnect",
    targets: WINDOWS,
    fixes: ["readd-account"],
    microsoftOnly: true,
  },
  {
    id: "readdMac",
    phase: "reconnect",
    targets: ["mac"],
    fixes: ["readd-account"],
    microsoftOnly: true,
  },
  {
    id: "addNewOutlook",
    phase: "reconnect",
    targets: ["new-outlook-or-web"],
    fixes: ["readd-account"],
    microsoftOnly: true,
  },
  // Only once the account is back with modern sign-in: another provider's POP account still works.
  { id: "removePop", phase: "reconnect", targets: DESKTOP, popOnly: true, microsoftOnly: true },
  {
    id: "newProfile",
    phase: "profile",
    targets: WINDOWS,
    fixes: ["new-profile"],
    microsoftOnly: true,
  },
  {
    id: "openPst",
    phase: "migrate",
    targets: WINDOWS,
    fixes: ["migrate-pst"],
    popOnly: true,
    microsoftOnly: true,
  },
  { id: "moveInBatches", phase: "migrate", targets: WINDOWS, popOnly: true, microsoftOnly: true },
  { id: "offlineCache", phase: "migrate", targets: WINDOWS, microsoftOnly: true },
  {
    id: "enableImap",
    phase: "otherApps",
    targets: ALL,
    fixes: ["enable-imap"],
    microsoftOnly: true,
  },
  { id: "imapOauthClient", phase: "otherApps", targets: ALL, microsoftOnly: true },
  { id: "clearCredentials", phase: "troubleshoot", targets: WINDOWS, fixes: ["troubleshoot"] },
  { id: "signOutOffice", phase: "troubleshoot", targets: DESKTOP, microsoftOnly: true },
  { id: "safeMode", phase: "troubleshoot", targets: WINDOWS },
  { id: "workSchoolAccess", phase: "troubleshoot", targets: WINDOWS, microsoftOnly: true },
  { id: "clearOst", phase: "troubleshoot", targets: WINDOWS, microsoftOnly: true },
  { id: "antivirus", phase: "troubleshoot", targets: DESKTOP },
  { id: "autoconfigTest", phase: "troubleshoot", targets: WINDOWS, microsoftOnly: true },
  { id: "proxy", phase: "troubleshoot", targets: ALL },
  { id: "managedPc", phase: "troubleshoot", targets: DESKTOP, microsoftOnly: true },
];

/** The Outlook to repair by default: the one we run in, or classic Windows (the usual victim) otherwise. */
export function defaultTarget(host: HostKind): RepairTarget {
  return host === "mac" ? "mac" : "classic-windows";
}

export interface PlannedStep {
  step: RepairStep;
  applies: boolean;
  recommended: boolean;
}

/** Tailors the procedure: steps for the target Outlook first (in phase order), then the others. */
export function planRepair(
  target: RepairTarget,
  options: {
    recommendedFixes: readonly FixId[];
    popUser: boolean;
    /** false when the diagnosis found another provider (Gmail, Orange…): Microsoft-only steps go. */
    microsoftAccount: boolean;
  }
): PlannedStep[] {
  // Steps for Microsoft addresses are not shown at all to another provider's user.
  const relevant = STEPS.filter((step) => !step.microsoftOnly || options.microsoftAccount);
  return relevant.map((step) => ({
    step,
    applies: step.targets.includes(target) && (!step.popOnly || options.popUser),
    recommended: (step.fixes ?? []).some((fix) => options.recommendedFixes.includes(fix)),
  }));
}
