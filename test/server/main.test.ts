// The built server (dist/server/main.js) as a person starts it: what it prints on a terminal and in
// a log collector, the development-CA commands to copy, and a busy port said in one sentence.
import assert from "node:assert/strict";
import { spawn, execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fromRoot } from "../../server/projectRoot.js";
import { occupiedPort } from "../helpers/occupiedPort.js";
import { startBuiltServer } from "../helpers/builtServer.js";

const ENTRY = fromRoot("dist/server/main.js");
/** Terminal colour codes (ESC [ … m). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built server until `done` holds for its output (then stops it) or it exits. */
function runServer(
  env: Record<string, string>,
  done: (output: Run) => boolean,
  command: [string, string[]] = [process.execPath, [ENTRY]]
): Promise<Run> {
  const child = spawn(command[0], command[1], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const run: Run = { stdout: "", stderr: "", code: null };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no end in sight:\n${run.stdout}\n${run.stderr}`));
    }, 20000);
    const check = () => {
      if (done(run)) child.kill("SIGTERM");
    };
    child.stdout.on("data", (chunk: Buffer) => ((run.stdout += chunk.toString()), check()));
    child.stderr.on("data", (chunk: Buffer) => ((run.stderr += chunk.toString()), check()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      run.code = code;
      resolve(run);
    });
  });
}

/** Started: the demo-mode notice is the last line of a start. */
const listening = (run: Run) => /Demo mode: no Azure app/.test(run.stdout);

describe("the built server as a person runs it (dist/server/main.js)", function () {
  this.timeout(40000);

  it("writes one JSON object a line when its output is collected, and starts without errors", async () => {
    const run = await runServer({ HTTPS: "false" }, listening);
    const lines = run.stdout.split("\n").filter(Boolean);
    assert.ok(lines.length >= 3);
    for (const line of lines) {
      const entry = JSON.parse(line) as { level: number };
      assert.ok(entry.level < 50, line);
    }
  });

  it("writes readable lines on a terminal, or when LOG_FORMAT=pretty", async () => {
    const pretty = await runServer({ HTTPS: "false", LOG_FORMAT: "pretty" }, listening);
    assert.match(
      pretty.stdout,
      /^\[\d\d:\d\d:\d\d\] INFO: MailBridge listening on http:\/\/localhost:\d+/m
    );
    assert.doesNotMatch(pretty.stdout, /^\{/m);
    // A real terminal (a pseudo-terminal made by util-linux's script), no LOG_FORMAT.
    const terminal = await runServer({ HTTPS: "false" }, listening, [
      "script",
      ["-qfec", `"${process.execPath}" "${ENTRY}"`, "/dev/null"],
    ]);
    const text = terminal.stdout.replace(ANSI, "");
    assert.match(text, /^\[\d\d:\d\d:\d\d\] INFO: MailBridge listening on http:\/\/localhost:\d+/m);
    assert.match(text, /WARN: Demo mode: no Azure app configured/);
    assert.notEqual(terminal.stdout, text, "in colour");
    // LOG_FORMAT=json keeps a terminal's output for programs.
    const json = await runServer({ HTTPS: "false", LOG_FORMAT: "json" }, listening, [
      "script",
      ["-qfec", `"${process.execPath}" "${ENTRY}"`, "/dev/null"],
    ]);
    assert.match(json.stdout, /^\{"level":30,.*"msg":"MailBridge listening on/m);
  });

  it("names requests on one readable line: method, route, status, error code, duration, request id", async () => {
    let requested = false;
    const run = await runServer({ HTTPS: "false", LOG_FORMAT: "pretty" }, (output) => {
      const url = /listening on (http:\/\/localhost:\d+)/.exec(output.stdout)?.[1];
      if (url && !requested) {
        requested = true;
        void fetch(`${url}/api/nope?email=marie%40hotmail.fr`).then((response) => response.text());
      }
      return /GET \/api\/nope/.test(output.stdout);
    });
    assert.match(
      run.stdout,
      /INFO: GET \/api\/nope 404 not_found \d+(\.\d)? ms \[[0-9a-f-]{36}\]$/m
    );
    assert.doesNotMatch(run.stdout, /marie/);
  });

  it("prints the commands that trust the development CA one per line, ready to copy", async function () {
    if (process.platform === "win32" || process.platform === "darwin") this.skip();
    const home = mkdtempSync(path.join(os.tmpdir(), "mailbridge-home-"));
    try {
      const run = await runServer({ HOME: home }, (output) =>
        /listening on https/.test(output.stdout)
      );
      const ca = path.join(home, ".office-addin-dev-certs", "ca.crt");
      const lines = run.stderr.split("\n");
      assert.ok(
        lines.includes(`sudo cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt`),
        run.stderr
      );
      assert.ok(lines.includes("sudo update-ca-certificates"), run.stderr);
      // The commands work as printed: the first names a file that exists.
      await promisify(execFile)("test", ["-s", ca]);
      // Started again, the CA is known: nothing more to say.
      const again = await runServer({ HOME: home }, (output) =>
        /listening on https/.test(output.stdout)
      );
      assert.doesNotMatch(again.stderr, /update-ca-certificates/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("says in one sentence that its port is in use, and which to use instead", async () => {
    const busy = await occupiedPort();
    try {
      const run = await runServer(
        { HTTPS: "false", HOST: "127.0.0.1", PORT: String(busy.port) },
        () => false
      );
      assert.equal(run.code, 1);
      assert.match(
        run.stderr,
        new RegExp(
          `^Port ${busy.port} is in use \\(another MailBridge, or another program\\); set PORT=\\d+ to use another\\.\\n$`
        )
      );
      assert.doesNotMatch(run.stdout, /"level":50|listening/);
    } finally {
      await busy.release();
    }
  });

  it("stops on SIGTERM: no new connections, the request in flight answered, then exits", async () => {
    const server = await startBuiltServer();
    // A demo mailbox diagnosis takes a few Graph round trips: it is still running at SIGTERM.
    const inFlight = fetch(`${server.url}/api/mailbox/diagnose`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = server.stop();
    assert.equal((await inFlight).status, 200);
    await stopped;
    await assert.rejects(fetch(`${server.url}/healthz`), /fetch failed/);
    const log = server.logs.join("");
    assert.match(log, /"signal":"SIGTERM".*stopping: no new connections/);
    assert.match(log, /"outcome":"drained","msg":"stopped"/);
  });
});
