// pino, configured so that credentials and mail content never reach a log line: headers that carry
// them are redacted wherever they appear, and request logging records the route, never the query
// string or body (which can hold addresses, subjects or tokens).
import { pino, type DestinationStream, type Logger } from "pino";

export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "headers.cookie",
  "*.access_token",
  "*.refresh_token",
  "*.id_token",
  "*.assertion",
  "*.client_secret",
  "token",
  "*.token",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      base: { service: "mailbridge" },
    },
    destination
  );
}
