// A real IMAP server for tests: Debian's dovecot, started on a free loopback port in a temporary
// folder with a certificate made for the run, accepting only SASL XOAUTH2 (as outlook.office365.com
// does) and validating each bearer token at the identity simulator's introspection endpoint
// (dovecot's oauth2 passdb). Accounts are whoever holds a token; `imapOff` users are signed in and
// then proxied to the Exchange "IMAP off" emulation, `refused` users are denied. Stopped and
// removed after.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./builtServer.js";
import {
  startImapOffBackend,
  type ImapOffBackend,
} from "../simulators/outlookImap/imapOffBackend.js";

const run = promisify(execFile);

export interface TestImapServer {
  port: number;
  /** The run's certificate authority (the certificate itself), for IMAP_CA_FILE. */
  caFile: string;
  /** What points MailBridge's IMAP test here. */
  env: Record<string, string>;
  imapOff: ImapOffBackend;
  /** dovecot's log, to explain a failure. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

export async function startImapServer(options: {
  introspectionUrl: string;
  imapOff?: string[];
  refused?: string[];
}): Promise<TestImapServer> {
  const folder = mkdtempSync(path.join(tmpdir(), "mailbridge-imap-"));
  // dovecot's login and auth processes run as its own users: they must reach the folder.
  chmodSync(folder, 0o755);
  const file = (name: string) => path.join(folder, name);
  await run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-keyout",
    file("key.pem"),
    "-out",
    file("cert.pem"),
    "-subj",
    "/CN=localhost",
    "-addext",
    "subjectAltName=IP:127.0.0.1,DNS:localhost",
  ]);
  const [port, imapOff] = await Promise.all([freePort(), startImapOffBackend()]);
  const root = process.getuid?.() === 0;
  // As root, mail processes run as nobody (dovecot refuses uid 0); otherwise as the current user.
  const me = userInfo().username;
  const mailUser = root ? "nobody" : me;
  for (const dir of ["run", "state", "mail"]) mkdirSync(file(dir));
  if (root) chownSync(file("mail"), 65534, 65534);
  writeFileSync(
    file("imap-off"),
    (options.imapOff ?? [])
      .map(
        (user) =>
          `${user}:::::::noauthenticate proxy=y host=127.0.0.1 port=${imapOff.port} pass=-\n`
      )
      .join("")
  );
  writeFileSync(
    file("refused"),
    (options.refused ?? []).map((user) => `${user}:::::::\n`).join("")
  );
  writeFileSync(
    file("oauth2.conf.ext"),
    [
      "introspection_mode = post",
      `introspection_url = ${options.introspectionUrl}`,
      "force_introspection = yes",
      "username_attribute = username",
      "active_attribute = active",
      "active_value = true",
      "",
    ].join("\n")
  );
  writeFileSync(
    file("dovecot.conf"),
    `base_dir = ${file("run")}
state_dir = ${file("state")}
instance_name = mailbridge-test-${port}
log_path = ${file("dovecot.log")}
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <${file("cert.pem")}
ssl_key = <${file("key.pem")}
# Outlook's IMAP offers XOAUTH2 only; no password sign-in at all.
auth_mechanisms = xoauth2
auth_failure_delay = 0
disable_plaintext_auth = yes
default_login_user = ${root ? "dovenull" : me}
default_internal_user = ${root ? "dovecot" : me}
mail_location = maildir:${file("mail")}/%u
service imap-login {
  chroot =
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = ${port}
    ssl = yes
  }
}
service anvil {
  chroot =
}
passdb {
  driver = passwd-file
  args = ${file("refused")}
  deny = yes
}
passdb {
  # Extra fields only (the proxy to the "IMAP off" emulation); the token is checked below.
  driver = passwd-file
  args = ${file("imap-off")}
  result_success = continue
  result_failure = continue
  result_internalfail = continue
}
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = ${file("oauth2.conf.ext")}
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${root ? "nogroup" : userInfo().gid} home=${file("mail")}/%u
}
`
  );
  const child: ChildProcess = spawn("dovecot", ["-F", "-c", file("dovecot.conf")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const log = async () => {
    const { readFile } = await import("node:fs/promises");
    return `${output.join("")}${await readFile(file("dovecot.log"), "utf8").catch(() => "")}`;
  };
  let stopped: Promise<void> | null = null;
  // Idempotent: a test may stop the server to make it unreachable; the suite's after() stops it too.
  const stop = () =>
    (stopped ??= (async () => {
      child.kill("SIGTERM");
      await exited;
      await imapOff.close();
      rmSync(folder, { recursive: true, force: true });
    })());
  if (!(await listening(port, exited))) {
    const text = await log();
    await stop();
    throw new Error(`dovecot did not start:\n${text}`);
  }
  return {
    port,
    caFile: file("cert.pem"),
    env: { IMAP_HOST: "127.0.0.1", IMAP_PORT: String(port), IMAP_CA_FILE: file("cert.pem") },
    imapOff,
    log,
    stop,
  };
}

/** Whether something accepts connections on the port within 10 s (false if dovecot exits first). */
async function listening(port: number, exited: Promise<void>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 10_000;
  while (!gone && Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
