// The user's progress (answers, ticks) read from and saved to the store the host gives: roaming
// settings in Outlook, localStorage standalone. When the store changes (Outlook answered after the
// page was painted), progress is read again from the new one.
import { useEffect, useState } from "react";
import type { KeyValueStore } from "../storage/keyValueStore.js";
import { loadProgress, saveProgress, type Progress } from "./progress.js";

interface Held {
  store: KeyValueStore;
  progress: Progress;
  /** Changed by the user since it was read: to be saved. */
  changed: boolean;
}

export function useProgress(store: KeyValueStore): [Progress, (progress: Progress) => void] {
  const [held, setHeld] = useState<Held>(() => ({
    store,
    progress: loadProgress(store),
    changed: false,
  }));
  // A new store replaces what was read from the previous one (state derived during render).
  if (held.store !== store) setHeld({ store, progress: loadProgress(store), changed: false });
  useEffect(() => {
    if (held.changed) void saveProgress(held.store, held.progress);
  }, [held]);
  return [held.progress, (progress) => setHeld({ store, progress, changed: true })];
}
