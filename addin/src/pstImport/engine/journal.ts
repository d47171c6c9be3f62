// The import's memory, written before and after every write to the mailbox, so that an import stopped
// anywhere (tab closed, worker killed, network gone) resumes without sending anything twice: each
// .pst item's key, what is known of it on the server (its Graph id, how many attachments it has),
// and the import's own facts (the first item's read-back check). IndexedDB in the browser
// (worker/indexedDbJournal.ts); in memory for Node and the tests.

export type ItemState =
  /** A create was sent and its outcome is not known: check by key before sending again. */
  | { state: "sending" }
  /** The message exists; `attachments` of its attachments are on the server. */
  | { state: "created"; graphId: string; attachments: number }
  | { state: "done"; graphId: string }
  | { state: "skipped"; reason: string }
  | { state: "failed"; reason: string };

export type JournalRecord = ItemState & { key: string };

export interface ImportFacts {
  /** The first created item read back as not a draft and with its dates. */
  verified: boolean;
}

export interface ImportJournal {
  records(): Promise<Map<string, JournalRecord>>;
  put(record: JournalRecord): Promise<void>;
  facts(): Promise<ImportFacts>;
  putFacts(facts: ImportFacts): Promise<void>;
}

export class MemoryJournal implements ImportJournal {
  readonly entries = new Map<string, JournalRecord>();
  private stored: ImportFacts = { verified: false };

  async records(): Promise<Map<string, JournalRecord>> {
    return new Map(this.entries);
  }

  async put(record: JournalRecord): Promise<void> {
    this.entries.set(record.key, { ...record });
  }

  async facts(): Promise<ImportFacts> {
    return { ...this.stored };
  }

  async putFacts(facts: ImportFacts): Promise<void> {
    this.stored = { ...facts };
  }
}
