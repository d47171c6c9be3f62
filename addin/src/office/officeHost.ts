// Loads and starts Office.js. The page references Office.js from Microsoft's CDN, as Office add-ins
// must. When the CDN is unreachable (a machine offline, a filtering proxy, the tests), we load the
// copy bundled from @microsoft/office-js from our own origin; if that fails too, or Office never
// reports ready, the app runs standalone instead of hanging on a blank page.
import { readAccountSnapshot, type OfficeLike, type OnReadyInfo } from "./accountSnapshot.js";
import type { AccountSnapshot } from "@contracts/accountSnapshot.js";
import { localStorageStore, type KeyValueStore } from "../storage/keyValueStore.js";
import { roamingSettingsStore } from "./roamingSettingsStore.js";

const LOCAL_OFFICE_JS = "office-js/office.js";
const READY_TIMEOUT_MS = 4000;

interface OfficeGlobal extends OfficeLike {
  onReady(): Promise<OnReadyInfo>;
}

declare global {
  interface Window {
    Office?: OfficeGlobal;
  }
}

export interface OfficeStart {
  snapshot: AccountSnapshot;
  /** Where to keep the user's progress: roaming settings in Outlook, localStorage standalone. */
  store: KeyValueStore;
}

export async function startOffice(): Promise<OfficeStart> {
  const { office, info } = await loadOffice();
  const snapshot = readAccountSnapshot(office, info, navigator.language || "en");
  const roaming = snapshot.mode === "outlook" ? office?.context?.roamingSettings : undefined;
  return { snapshot, store: roaming ? roamingSettingsStore(roaming) : localStorageStore() };
}

/** Office.js, ready, or what could be had of it: `info` is null when Office is missing or never ready. */
export async function loadOffice(): Promise<{
  office: OfficeGlobal | undefined;
  info: OnReadyInfo | null;
}> {
  if (!window.Office) await loadScript(LOCAL_OFFICE_JS).catch(() => undefined);
  const office = window.Office;
  const info = office
    ? await withTimeout(office.onReady(), READY_TIMEOUT_MS).catch(() => null)
    : null;
  return { office, info };
}

function loadScript(src: string): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.appendChild(script);
    }),
    READY_TIMEOUT_MS
  );
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
