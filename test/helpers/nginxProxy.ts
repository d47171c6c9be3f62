// Debian's nginx as the reverse proxy in front of several MailBridge instances, as a load balancer
// would be in production: round robin, an instance that refuses connections is skipped (each time:
// max_fails=0, so that a refused oversized upload — MailBridge closes the connection early — does
// not take a healthy instance out of rotation), and the client's address and the public host are
// forwarded (MailBridge trusts a proxy on loopback).
// Started by a test on a free port, from a temporary directory, in the foreground; nothing of the
// system's nginx (its service, its configuration) is used.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./builtServer.js";
import { rawRequest } from "./rawHttp.js";

export interface NginxProxy {
  url: string;
  close(): Promise<void>;
}

const NGINX = "/usr/sbin/nginx";

function configuration(dir: string, port: number, upstreams: number[]): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 2048; }
http {
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  upstream mailbridge {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=0;`).join("\n")}
    # Idle connections kept to the instances: enough for the load bench's 500 requests at once, so
    # that nginx does not open (and close) a connection per request beyond them.
    keepalive 1024;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 2m;
    location / {
      proxy_pass http://mailbridge;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Host $host;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout;
    }
  }
}
`;
}

export async function startNginx(upstreams: number[]): Promise<NginxProxy> {
  const dir = mkdtempSync(path.join(tmpdir(), "mailbridge-nginx-"));
  const port = await freePort();
  writeFileSync(path.join(dir, "nginx.conf"), configuration(dir, port, upstreams));
  const child: ChildProcess = spawn(
    NGINX,
    [
      "-p",
      dir,
      "-c",
      path.join(dir, "nginx.conf"),
      "-e",
      path.join(dir, "error.log"),
      "-g",
      "daemon off;",
    ],
    { stdio: ["ignore", "ignore", "pipe"] }
  );
  const errors: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Up when it answers (any status: the instances may still be starting).
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${errors.join("")}`);
    try {
      await rawRequest(url, { path: "/healthz" });
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not start:\n${errors.join("")}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once("exit", done);
        // QUIT: graceful stop of the master and its worker.
        child.kill("SIGQUIT");
      }),
  };
}
