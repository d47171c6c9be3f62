// pino, configured so that credentials and mail content never reach a log line: headers that carry
// them are redacted wherever they appear, and request logging records the route, never the query
// string or body (which can hold addresses, subjects or tokens).
// Two formats: JSON lines for log collectors, and readable lines (pino-pretty) for a person at a
// terminal; LOG_FORMAT chooses, else a terminal gets the readable one. A line written while serving
// a request carries the request's id (requestId), as its X-Request-Id header does.
import { pino, type DestinationStream, type Logger } from "pino";
import pinoPretty from "pino-pretty";
import { requestContext } from "./observability/requestContext.js";

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

export type LogFormat = "json" | "pretty";

/** The configured format, else readable lines when a person is watching (a terminal). */
export const logFormatFor = (configured: LogFormat | null, isTerminal: boolean): LogFormat =>
  configured ?? (isTerminal ? "pretty" : "json");

/** The request line's fields, shown as "POST /api/diagnose 400 invalid_json 1.2 ms". */
const REQUEST_FIELDS = ["method", "route", "status", "code", "ms", "aborted"];

function readable(destination: DestinationStream | undefined, colors: boolean): DestinationStream {
  return pinoPretty({
    destination: destination ?? 1,
    colorize: colors,
    sync: true,
    singleLine: true,
    translateTime: "SYS:HH:MM:ss",
    ignore: ["pid", "hostname", "service", "requestId", ...REQUEST_FIELDS].join(","),
    messageFormat: (log, messageKey) => {
      const id = log.requestId ? ` [${String(log.requestId)}]` : "";
      if (log[messageKey] !== "request") return `${String(log[messageKey] ?? "")}${id}`;
      const code = log.code ? ` ${String(log.code)}` : "";
      const left = log.aborted ? " (the client left)" : "";
      return `${String(log.method)} ${String(log.route)} ${String(log.status)}${code} ${String(log.ms)} ms${left}${id}`;
    },
  });
}

export function createLogger(
  level: string,
  destination?: DestinationStream,
  format: LogFormat = "json"
): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      base: { service: "mailbridge" },
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    format === "pretty"
      ? readable(destination, destination === undefined && process.stdout.isTTY)
      : destination
  );
}
