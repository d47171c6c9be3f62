// Development HTTPS for https://localhost:3000, with the certificates Office add-in developers know
// (office-addin-dev-certs, in ~/.office-addin-dev-certs). We call its generator directly: its
// `install` step runs `sudo` to trust the CA, which fails on machines without sudo (containers, CI)
// and then leaves getHttpsServerOptions() rejecting. Trusting the CA is left to the person, with
// instructions, because serving must not depend on it.
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs";

export interface DevCertificates {
  key: Buffer;
  cert: Buffer;
  caPath: string;
  generated: boolean;
}

const DIRECTORY = path.join(os.homedir(), ".office-addin-dev-certs");
const CA = path.join(DIRECTORY, "ca.crt");
const CERT = path.join(DIRECTORY, "localhost.crt");
const KEY = path.join(DIRECTORY, "localhost.key");
const MIN_REMAINING_MS = 24 * 3600 * 1000;

export async function ensureDevCertificates(): Promise<DevCertificates> {
  let generated = false;
  if (!usable()) {
    await generateCertificates(CA, CERT, KEY, 30, ["localhost", "127.0.0.1"]);
    generated = true;
  }
  return { key: readFileSync(KEY), cert: readFileSync(CERT), caPath: CA, generated };
}

function usable(): boolean {
  if (![CA, CERT, KEY].every((file) => existsSync(file))) return false;
  try {
    const certificate = new X509Certificate(readFileSync(CERT));
    return Date.parse(certificate.validTo) - Date.now() > MIN_REMAINING_MS;
  } catch {
    return false;
  }
}

/** A path as a shell word: bare when it is plain, single-quoted otherwise. */
const shellWord = (value: string): string =>
  /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;

/**
 * What to tell a person whose machine does not trust the development CA yet: a sentence, then the
 * commands to run, one per line, exactly as they can be copied into a shell.
 */
export function trustInstructions(caPath: string): string[] {
  switch (process.platform) {
    case "win32":
    case "darwin":
      return [
        `HTTPS uses a development certificate authority that this computer does not trust yet (${caPath}). Trust it once with:`,
        "",
        "npx office-addin-dev-certs install",
        "",
      ];
    default:
      return [
        `HTTPS uses a development certificate authority that this machine does not trust yet (${caPath}). Trust it system-wide with:`,
        "",
        `sudo cp ${shellWord(caPath)} /usr/local/share/ca-certificates/office-addin-dev-ca.crt`,
        "sudo update-ca-certificates",
        "",
        "Chrome/Chromium keep their own list: Settings > Privacy and security > Security > Manage certificates > Authorities > Import.",
        "Firefox too: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.",
        "",
      ];
  }
}
