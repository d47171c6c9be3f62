// The one module that reads the account from Office.js. It turns whatever the host exposes into an
// AccountSnapshot, defensively: older hosts lack newer properties, and a plain browser has no Office
// at all. The shapes are Microsoft's own (@types/office-js), so a misspelt property is a compile error.
import {
  isAccountType,
  MAILBOX_REQUIREMENT_SETS,
  type AccountSnapshot,
  type RequirementSetSupport,
} from "@contracts/accountSnapshot.js";
import type { OnReadyInfo } from "./officeGlobal.js";
import type { RoamingSettingsLike } from "./roamingSettingsStore.js";

/** Every level may be missing on an older host. */
type Partly<T> = { [K in keyof T]?: T[K] extends object ? Partly<T[K]> : T[K] };

/** The part of the Office.js global this module reads; lets tests hand in a double. */
export interface OfficeLike {
  context?: {
    mailbox?: {
      userProfile?: Partly<
        Pick<Office.UserProfile, "emailAddress" | "displayName" | "accountType">
      >;
      /** Outlook's own diagnostics (Mailbox 1.1): the client's name and build. */
      diagnostics?: Partly<Pick<Office.Diagnostics, "hostName" | "hostVersion">>;
    };
    /** Office's common context information: the platform (PC, Mac, OfficeOnline, …). */
    diagnostics?: Partly<Pick<Office.ContextInformation, "host" | "platform" | "version">>;
    displayLanguage?: Office.Context["displayLanguage"];
    requirements?: Pick<Office.RequirementSetSupport, "isSetSupported">;
    roamingSettings?: RoamingSettingsLike;
  };
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
  const accountType = profile?.accountType;
  return {
    mode: "outlook",
    emailAddress: profile?.emailAddress ?? null,
    displayName: profile?.displayName ?? null,
    // Office types it as a string; values Office may add later are left out rather than guessed.
    accountType: isAccountType(accountType) ? accountType : null,
    host: {
      name: context.mailbox?.diagnostics?.hostName ?? nameOf(info?.host),
      version: context.mailbox?.diagnostics?.hostVersion ?? context.diagnostics?.version ?? null,
      platform: nameOf(context.diagnostics?.platform ?? info?.platform),
    },
    displayLanguage: context.displayLanguage || browserLanguage,
    requirementSets: probeRequirementSets(context.requirements),
  };
}

/** Office's host and platform enums are their names at run time ("Outlook", "PC", "OfficeOnline"). */
const nameOf = (value: Office.HostType | Office.PlatformType | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function probeRequirementSets(
  requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> | undefined
): RequirementSetSupport[] {
  return MAILBOX_REQUIREMENT_SETS.map((version) => ({
    name: "Mailbox" as const,
    version,
    supported: safeIsSetSupported(requirements, version),
  }));
}

function safeIsSetSupported(
  requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> | undefined,
  version: string
): boolean {
  try {
    return requirements?.isSetSupported("Mailbox", version) ?? false;
  } catch {
    // Some hosts throw for set names they do not know rather than answering false.
    return false;
  }
}
