// Loads and starts Office.js without ever holding the page: the taskpane paints at once, and this
// module tells it later whether Outlook answered. Office.js comes from Microsoft's CDN, as Office
// add-ins must; when the CDN fails or hangs (a machine offline, a filtering proxy, the tests), the
// copy bundled from @microsoft/office-js is loaded from our own origin. Office.onReady is awaited
// before any other Office call, as Office requires.
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import { localStorageStore, type KeyValueStore } from "../storage/keyValueStore.js";
import { readAccountSnapshot } from "./accountSnapshot.js";
import { officeGlobal, type OnReadyInfo } from "./officeGlobal.js";
import { roamingSettingsStore } from "./roamingSettingsStore.js";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = "office-js/office.js";

export interface OfficeTimeouts {
  /** How long the CDN may take before the local copy is tried. */
  cdnMs: number;
  /** How long the local copy may take. */
  localMs: number;
  /** How long Office.onReady may take to say whether a host is there. */
  readyMs: number;
}

const TIMEOUTS: OfficeTimeouts = { cdnMs: 3000, localMs: 3000, readyMs: 5000 };

export interface OfficeStart {
  snapshot: AccountSnapshot;
  /** Where to keep the user's progress: roaming settings in Outlook, localStorage standalone. */
  store: KeyValueStore;
}

/** What the page knows before Office answers, and keeps when it never does: a plain browser. */
export function standaloneStart(browserLanguage: string): OfficeStart {
  return {
    snapshot: readAccountSnapshot(undefined, null, browserLanguage),
    store: localStorageStore(),
  };
}

/** Resolves with Outlook's snapshot once Office answers, or with the standalone start when it does not. */
export async function startOffice(browserLanguage: string): Promise<OfficeStart> {
  const { office, info } = await loadOffice();
  const snapshot = readAccountSnapshot(office, info, browserLanguage);
  const roaming = snapshot.mode === "outlook" ? office?.context?.roamingSettings : undefined;
  return { snapshot, store: roaming ? roamingSettingsStore(roaming) : localStorageStore() };
}

/** Office.js, ready, or what could be had of it: `info` is null when Office is missing or never ready. */
export async function loadOffice(
  timeouts: OfficeTimeouts = TIMEOUTS
): Promise<{ office: typeof Office | undefined; info: OnReadyInfo | null }> {
  if (!officeGlobal()) {
    await loadScript(OFFICE_JS_CDN, timeouts.cdnMs)
      .catch(() => loadScript(LOCAL_OFFICE_JS, timeouts.localMs))
      .catch(() => undefined);
  }
  const office = officeGlobal();
  const info = office
    ? await withTimeout(office.onReady(), timeouts.readyMs).catch(() => null)
    : null;
  return { office, info };
}

/** Adds a script without blocking the page; a script that neither loads nor fails in time is given up. */
function loadScript(src: string, timeoutMs: number): Promise<void> {
  const script = document.createElement("script");
  const loaded = new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
  });
  script.async = true;
  script.src = src;
  document.head.appendChild(script);
  return withTimeout(loaded, timeoutMs);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    );
  });
}
