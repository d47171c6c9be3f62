// Prepares the next items while the lanes wait for Graph. The .pst is parsed on the worker's one
// thread: when each lane parsed its next item only after its answer came back, the four lanes took
// turns at the parser and fewer than four requests were in flight (about 55 % of what four allow,
// measured with bench/pst-import.ts). Prepared between answers, an item is ready when a lane is.
// At most `depth` items wait prepared, so memory stays bounded whatever the file's size.

type Prepared<P> = { value: P } | { error: unknown };

export class ReadAhead<I, P> {
  private readonly ready: Prepared<P>[] = [];
  private scheduled = false;
  private closed = false;

  constructor(
    private readonly items: I[],
    private readonly prepare: (item: I) => P,
    private readonly depth: number
  ) {
    this.schedule();
  }

  /** The next item, prepared; null when there is none left (or after close). */
  async take(): Promise<P | null> {
    let prepared = this.ready.shift() ?? null;
    // A lane with nothing to do waits for no one: it prepares its item itself.
    if (!prepared && !this.closed && this.items.length > 0) prepared = this.prepareNext();
    this.schedule();
    if (!prepared) return null;
    if ("error" in prepared) throw prepared.error;
    return prepared.value;
  }

  /** Stops preparing (the run is over): what was prepared is dropped, nothing was written. */
  close(): void {
    this.closed = true;
    this.ready.length = 0;
  }

  private prepareNext(): Prepared<P> | null {
    const item = this.items.shift();
    if (item === undefined) return null;
    try {
      return { value: this.prepare(item) };
    } catch (error) {
      return { error };
    }
  }

  /** One item at a time, each on a task of its own, so answers from Graph are handled in between. */
  private schedule(): void {
    if (this.scheduled || this.closed) return;
    if (this.items.length === 0 || this.ready.length >= this.depth) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      if (this.closed) return;
      const prepared = this.prepareNext();
      if (prepared) this.ready.push(prepared);
      this.schedule();
    }, 0);
  }
}
