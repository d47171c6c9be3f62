// Starts the built server (dist/server/main.js, as `npm run serve` does) on a free port over plain
// HTTP, and stops it after the tests. Needs `npm run build` first, which `npm test` does.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net, { type AddressInfo } from "node:net";
import { fromRoot } from "../../server/projectRoot.js";
import { OFFLINE_ENV } from "./offline.js";

export interface RunningServer {
  url: string;
  port: number;
  logs: string[];
  /** SIGTERM: a graceful stop. */
  stop(): Promise<void>;
  /** SIGKILL: the instance dies at once, as when its machine fails. */
  kill(): Promise<void>;
}

/** `keepLogs: false` drops what it writes once started (a bench's millions of request lines). */
export async function startBuiltServer(
  env: Record<string, string> = {},
  options: { keepLogs?: boolean } = {}
): Promise<RunningServer> {
  const entry = fromRoot("dist/server/main.js");
  if (!existsSync(entry) || !existsSync(fromRoot("dist/addin/taskpane.html"))) {
    throw new Error("the build is missing: run `npm run build` (npm test does it for you)");
  }
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: "0",
      HTTPS: "false",
      ...OFFLINE_ENV,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${logs.join("")}`)),
      15000
    );
    let started = false;
    child.stdout?.on("data", (chunk: Buffer) => {
      if (started && options.keepLogs === false) return;
      logs.push(chunk.toString());
      // Looked for until found only: a busy server writes a line per request.
      const match = started ? null : /"url":"(http:\/\/localhost:\d+)"/.exec(logs.join(""));
      if (match?.[1]) {
        started = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${logs.join("")}`));
    });
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      child.removeAllListeners("exit");
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  return {
    url,
    port: Number(new URL(url).port),
    logs,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
  };
}

/** A port free right now, for a server whose public URL must be known before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
