// The one module that reads Office.js. It turns whatever the host exposes into an AccountSnapshot,
// defensively: older hosts lack newer properties, and a plain browser has no Office at all.
import {
  MAILBOX_REQUIREMENT_SETS,
  type AccountSnapshot,
  type RequirementSetSupport,
} from "@contracts/accountSnapshot.js";
import type { RoamingSettingsLike } from "./roamingSettingsStore.js";

/** The subset of the Office.js global this module uses; lets tests hand in a double. */
export interface OfficeLike {
  context?: {
    mailbox?: {
      userProfile?: { emailAddress?: string; displayName?: string; accountType?: string };
    };
    diagnostics?: { hostName?: string; hostVersion?: string; platform?: string };
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    roamingSettings?: RoamingSettingsLike;
  };
}

export interface OnReadyInfo {
  host: string | null;
  platform: string | null;
}

/**
 * Builds the snapshot. `info` is what `Office.onReady` resolved with; a null host means the page is not
 * running inside Outlook (plain browser, or Office.js could not be loaded), i.e. standalone mode.
 */
export function readAccountSnapshot(
  office: OfficeLike | undefined,
  info: OnReadyInfo | null,
  browserLanguage: string
): AccountSnapshot {
  const context = office?.context;
  const inOutlook = Boolean(info?.host && context?.mailbox);
  if (!inOutlook || !context) {
    return {
      mode: "standalone",
      emailAddress: null,
      displayName: null,
      accountType: null,
      host: { name: null, version: null, platform: null },
      displayLanguage: browserLanguage,
      requirementSets: [],
    };
  }
  const profile = context.mailbox?.userProfile;
  const diagnostics = context.diagnostics;
  return {
    mode: "outlook",
    emailAddress: profile?.emailAddress ?? null,
    displayName: profile?.displayName ?? null,
    accountType: profile?.accountType ?? null,
    host: {
      name: diagnostics?.hostName ?? info?.host ?? null,
      version: diagnostics?.hostVersion ?? null,
      platform: diagnostics?.platform ?? info?.platform ?? null,
    },
    displayLanguage: context.displayLanguage || browserLanguage,
    requirementSets: probeRequirementSets(context.requirements),
  };
}

function probeRequirementSets(
  requirements: { isSetSupported(name: string, minVersion?: string): boolean } | undefined
): RequirementSetSupport[] {
  return MAILBOX_REQUIREMENT_SETS.map((version) => ({
    name: "Mailbox" as const,
    version,
    supported: safeIsSetSupported(requirements, version),
  }));
}

function safeIsSetSupported(
  requirements: { isSetSupported(name: string, minVersion?: string): boolean } | undefined,
  version: string
): boolean {
  try {
    return requirements?.isSetSupported("Mailbox", version) ?? false;
  } catch {
    // Some hosts throw for set names they do not know rather than answering false.
    return false;
  }
}
