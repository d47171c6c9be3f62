// Host header allowlist. A DNS-rebinding page (attacker.example made to resolve to this server)
// is same-origin with its own requests, so origin checks cannot catch it; but its requests name
// attacker.example in Host. Only PUBLIC_URL's host (with its port, or none, as a TLS-terminating
// proxy sends it), and localhost / 127.0.0.1 / [::1] on the port the request arrived at, are
// answered. Behind a trusted proxy (loopback), Express reads X-Forwarded-Host instead.
import type { RequestHandler } from "express";
import { ServiceError } from "./serviceError.js";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);
const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

/** A name or address and an optional port, nothing else (no user info, path or spaces). */
const HOST = /^([\w.-]+|\[[\da-f:.]+\])(?::(\d{1,5}))?$/i;

export function allowedHostsOnly(publicUrl: string): RequestHandler {
  const url = new URL(publicUrl);
  const publicName = url.hostname;
  const publicPort = url.port || DEFAULT_PORTS[url.protocol];
  return (req, _res, next) => {
    const [, name = "", port] = HOST.exec(req.host ?? "") ?? [];
    const hostname = name.toLowerCase();
    const allowed =
      (hostname === publicName && (port === undefined || port === publicPort)) ||
      (LOOPBACK_NAMES.has(hostname) && port === String(req.socket.localPort));
    next(allowed ? undefined : new ServiceError("wrong_host"));
  };
}
