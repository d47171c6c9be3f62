// Office's roaming settings as a KeyValueStore. They are saved to the mailbox, so progress survives
// closing the taskpane and follows the user to another computer.
import type { KeyValueStore } from "../storage/keyValueStore.js";

export type RoamingSettingsLike = Pick<Office.RoamingSettings, "get" | "set" | "saveAsync">;

export function roamingSettingsStore(settings: RoamingSettingsLike): KeyValueStore {
  return {
    get: (key) => (settings.get(key) as unknown) ?? undefined,
    set: (key, value) =>
      new Promise<void>((resolve) => {
        settings.set(key, value);
        // A failed save only loses convenience; the user keeps working.
        settings.saveAsync(() => resolve());
      }),
  };
}
