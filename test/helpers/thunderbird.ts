// Debian's Thunderbird, headless, on a throwaway profile, driven over Marionette: the real reader of
// msgFilterRules.dat (comm-central's C++) and of autoconfig XML (the account wizard's module). The
// profile keeps it offline: no update, telemetry or remote settings, every proxy a dead local port.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Marionette } from "./marionette.js";

export const THUNDERBIRD_PATH = process.env.THUNDERBIRD_PATH ?? "/usr/bin/thunderbird";

const PREFERENCES: Record<string, string | number | boolean> = {
  "marionette.port": 0, // any free port, written to <profile>/MarionetteActivePort
  "network.proxy.type": 1,
  "network.proxy.http": "127.0.0.1",
  "network.proxy.http_port": 9,
  "network.proxy.ssl": "127.0.0.1",
  "network.proxy.ssl_port": 9,
  "network.proxy.socks": "127.0.0.1",
  "network.proxy.socks_port": 9,
  "network.proxy.socks_remote_dns": true,
  "network.proxy.no_proxies_on": "",
  "network.dns.disablePrefetch": true,
  "offline.startup_state": 2,
  "app.update.disabledForTesting": true,
  "toolkit.telemetry.enabled": false,
  "datareporting.healthreport.uploadEnabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "services.settings.server": "http://127.0.0.1:9/",
  "mail.shell.checkDefaultClient": false,
  "mailnews.start_page.enabled": false,
};

export interface RunningThunderbird {
  marionette: Marionette;
  /** A folder inside the profile for files Thunderbird should read. */
  scratch: string;
  stop(): Promise<void>;
}

export async function startThunderbird(): Promise<RunningThunderbird> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "thunderbird-"));
  writeFileSync(
    path.join(profile, "user.js"),
    Object.entries(PREFERENCES)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join("\n")
  );
  const child: ChildProcess = spawn(
    THUNDERBIRD_PATH,
    [
      "--headless",
      "--marionette",
      "--remote-allow-system-access",
      "-profile",
      profile,
      "-no-remote",
    ],
    { stdio: "ignore", env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: "1" } }
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const portFile = path.join(profile, "MarionetteActivePort");
    const deadline = Date.now() + 30000;
    while (!existsSync(portFile)) {
      if (child.exitCode !== null) throw new Error(`Thunderbird exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error("Thunderbird did not open Marionette in 30 s");
      await sleep(100);
    }
    await sleep(100); // the file is written before the port listens on some runs
    const marionette = await Marionette.connect(Number(readFileSync(portFile, "utf8")));
    return {
      marionette,
      scratch: profile,
      stop: async () => {
        marionette.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
