// Where the taskpane keeps the user's progress. Inside Outlook: the add-in's roaming settings (they
// follow the mailbox to every computer); standalone: the browser's localStorage.
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

export function localStorageStore(storage: Storage = window.localStorage): KeyValueStore {
  return {
    get(key) {
      try {
        const raw = storage.getItem(key);
        return raw === null ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        return undefined; // private mode, quota, or a value we did not write
      }
    },
    async set(key, value) {
      try {
        storage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage can be full or disabled; progress is a convenience, never a reason to fail.
      }
    },
  };
}
