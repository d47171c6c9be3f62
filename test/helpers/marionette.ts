// A minimal client of Marionette, the remote protocol built into Thunderbird (and Firefox): messages
// are `length:JSON` over a local TCP socket; a command is [0, id, name, params] and its answer
// [1, id, error, result]. Enough to run a script in Thunderbird's chrome context and read its result.
import net from "node:net";

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private greeted!: Promise<void>;

  private constructor(private readonly socket: net.Socket) {}

  static async connect(port: number): Promise<Marionette> {
    const socket = net.connect(port, "127.0.0.1");
    const client = new Marionette(socket);
    client.greeted = new Promise((resolve, reject) => {
      socket.once("error", reject);
      // The server speaks first: {"applicationType":"gecko","marionetteProtocol":3}.
      client.onGreeting = () => resolve();
    });
    socket.on("data", (chunk) => client.receive(chunk));
    socket.on("close", () => {
      for (const { reject } of client.pending.values())
        reject(new Error("Marionette connection closed"));
      client.pending.clear();
    });
    await client.greeted;
    await client.send("WebDriver:NewSession", { capabilities: {} });
    await client.send("Marionette:SetContext", { value: "chrome" });
    return client;
  }

  private onGreeting: () => void = () => {};

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(":");
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(colon + 1, colon + 1 + length).toString("utf8")
      ) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.onGreeting();
        continue;
      }
      const [, id, error, result] = message as [number, number, unknown, unknown];
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (!waiting) continue;
      if (error) waiting.reject(new Error(`Marionette: ${JSON.stringify(error)}`));
      else waiting.resolve(result);
    }
  }

  send(name: string, params: Record<string, unknown>): Promise<unknown> {
    const id = ++this.nextId;
    const payload = Buffer.from(JSON.stringify([0, id, name, params]), "utf8");
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.write(`${payload.length}:`);
      this.socket.write(payload);
    });
  }

  /** Runs `body` (a function body; `args` are its arguments) in chrome and returns what it returns. */
  async run<T>(body: string, args: unknown[] = []): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      (async (...args) => { ${body} })(...Array.from(arguments).slice(0, -1))
        .then((value) => done({ ok: value }), (error) => done({ error: String(error) + "\\n" + error.stack }));`;
    const { value } = (await this.send("WebDriver:ExecuteAsyncScript", {
      script,
      args,
      scriptTimeout: 20000,
    })) as { value: { ok?: T; error?: string } };
    if (value.error !== undefined) throw new Error(`in Thunderbird: ${value.error}`);
    return value.ok as T;
  }

  close(): void {
    this.socket.destroy();
  }
}
