// The upload progress monitor: destination folders resolved once, then polled cheaply.
export interface ResolvedFolder {
  path: string[];
  id: string | null;
}

export type FolderCount =
  | { id: string; items: number; sizeBytes: number }
  | { id: string; unavailable: "throttled" | "missing" | "error" };

export interface ProgressPoll {
  /** Server time of the reading (ISO). */
  at: string;
  folders: FolderCount[];
}
