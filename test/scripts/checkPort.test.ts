import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fromRoot } from "../../server/projectRoot.js";
import { occupiedPort } from "../helpers/occupiedPort.js";

const run = promisify(execFile);

/** Exit code and output of a command that is expected to fail. */
async function failing(
  file: string,
  args: string[],
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    await run(file, args, {
      cwd: fromRoot("."),
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    });
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
  assert.fail(`${file} ${args.join(" ")} succeeded`);
}

describe("npm start's check before the build (scripts/check-port.ts)", function () {
  this.timeout(60000);

  it("says in one sentence that the port is in use, and exits 1", async () => {
    const busy = await occupiedPort();
    try {
      const { code, stderr } = await failing("npx", ["tsx", "scripts/check-port.ts"], {
        PORT: String(busy.port),
        HOST: "127.0.0.1",
      });
      assert.equal(code, 1);
      assert.match(
        stderr,
        new RegExp(
          `^Port ${busy.port} is in use \\(another MailBridge, or another program\\); set PORT=\\d+ to use another\\.\\n$`
        )
      );
    } finally {
      await busy.release();
    }
  });

  it("says what is wrong with the configuration before anything is built", async () => {
    const { code, stderr } = await failing("npx", ["tsx", "scripts/check-port.ts"], {
      PORT: "eighty",
      LOG_FORMAT: "fancy",
    });
    assert.equal(code, 1);
    assert.match(stderr, /PORT must be a whole number/);
    assert.match(stderr, /LOG_FORMAT must be json .* or pretty/);
  });

  it("passes a free port, and is what `npm start` runs first: a busy port stops it before the build", async () => {
    await run("npx", ["tsx", "scripts/check-port.ts"], {
      cwd: fromRoot("."),
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0" },
    });
    const busy = await occupiedPort();
    try {
      const { code, stdout, stderr } = await failing("npm", ["start"], {
        PORT: String(busy.port),
        HOST: "127.0.0.1",
      });
      assert.notEqual(code, 0);
      assert.match(stderr, new RegExp(`Port ${busy.port} is in use`));
      assert.doesNotMatch(stdout, /> mailbridge@[\d.]+ build/, "the build never started");
    } finally {
      await busy.release();
    }
  });
});
