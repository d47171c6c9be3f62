// The import journal in the browser: IndexedDB (available in workers, kept across reloads and tab
// closes), one database for every import, records keyed by [import id, item key]. Each write is its
// own transaction, committed before the request it announces is sent. Default ("relaxed") durability:
// a record survives a tab or browser crash, not a power cut; even a lost journal sends nothing twice,
// as the import finds its messages by key when it starts (tested), so forcing every commit to disk
// (about 30 ms each) is not worth it.
import type { ImportFacts, ImportJournal, JournalRecord } from "../engine/journal.js";

const DATABASE = "mailbridge-pst-import";
const RECORDS = "records";
const FACTS = "facts";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DATABASE, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(RECORDS, { keyPath: ["importId", "key"] });
    open.result.createObjectStore(FACTS, { keyPath: "importId" });
  };
  return request(open);
}

export class IndexedDbJournal implements ImportJournal {
  private constructor(
    private readonly db: IDBDatabase,
    private readonly importId: string
  ) {}

  static async open(importId: string): Promise<IndexedDbJournal> {
    return new IndexedDbJournal(await openDatabase(), importId);
  }

  private async write(store: string, value: unknown): Promise<void> {
    const transaction = this.db.transaction(store, "readwrite");
    transaction.objectStore(store).put(value);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB write failed"));
    });
  }

  async records(): Promise<Map<string, JournalRecord>> {
    const range = IDBKeyRange.bound([this.importId], [this.importId, []]);
    const rows = (await request(
      this.db.transaction(RECORDS).objectStore(RECORDS).getAll(range)
    )) as (JournalRecord & { importId: string })[];
    return new Map(rows.map(({ importId: _, ...record }) => [record.key, record as JournalRecord]));
  }

  put(record: JournalRecord): Promise<void> {
    return this.write(RECORDS, { ...record, importId: this.importId });
  }

  async facts(): Promise<ImportFacts> {
    const row = (await request(
      this.db.transaction(FACTS).objectStore(FACTS).get(this.importId)
    )) as (ImportFacts & { importId: string }) | undefined;
    return { verified: row?.verified ?? false };
  }

  putFacts(facts: ImportFacts): Promise<void> {
    return this.write(FACTS, { ...facts, importId: this.importId });
  }

  close(): void {
    this.db.close();
  }
}
