// Debian's redis-server (scripts/ensure-test-tools.sh installs it; the package's own service is not
// started), run by a test on a free port from a temporary directory, without persistence: a restart
// starts empty, as a cache node that failed over would.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./builtServer.js";

export interface RedisServer {
  url: string;
  port: number;
  /** Stops it (SIGTERM) and waits for the process to end. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  close(): Promise<void>;
}

export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "mailbridge-redis-"));
  const port = await freePort();
  let child: ChildProcess | null = null;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const output: string[] = [];
      const started = spawn(
        "redis-server",
        [
          ...["--port", String(port), "--bind", "127.0.0.1", "--dir", dir],
          ...["--save", "", "--appendonly", "no", "--daemonize", "no"],
        ],
        { stdio: ["ignore", "pipe", "pipe"] }
      );
      child = started;
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start:\n${output.join("")}`)),
        10000
      );
      started.stdout.on("data", (chunk: Buffer) => {
        output.push(chunk.toString());
        if (/Ready to accept connections/.test(output.join(""))) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
      started.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${output.join("")}`));
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return resolve();
      running.removeAllListeners("exit");
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
