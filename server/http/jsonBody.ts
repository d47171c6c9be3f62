// JSON bodies, parsed by Express's parser with a size limit chosen per endpoint. A body announced
// larger than the limit is refused at once, before a byte of it is read (Node discards the rest);
// one that grows past it while arriving (chunked) is cut off by the parser. Whatever the parser
// refuses is the client's doing (a body too large, cut short, not sent as JSON, not JSON, not UTF-8,
// compressed wrongly, in a character set we do not read), so each failure becomes a 4xx from the
// catalog, never a 500.
// jsonBytes reads the same bodies without decoding them, for work done off the main thread.
import { isUtf8 } from "node:buffer";
import express, { type RequestHandler } from "express";
import type { ServiceErrorCode, ServiceErrorDetails } from "@contracts/serviceErrors.js";
import { ServiceError } from "./serviceError.js";

/** body-parser's error types (https://github.com/expressjs/body-parser#errors). */
const PARSER_ERRORS: Record<string, Exclude<ServiceErrorCode, keyof ServiceErrorDetails>> = {
  "entity.parse.failed": "invalid_json",
  "encoding.unsupported": "unsupported_encoding",
  "charset.unsupported": "unsupported_charset",
  "request.aborted": "incomplete_body",
  "request.size.invalid": "incomplete_body",
  "entity.verify.failed": "invalid_json",
};

/**
 * JSON is UTF-8 (RFC 8259, 8.1). Bytes that are not are refused: read as U+FFFD they would change,
 * unnoticed, a rule name or a folder the client sent. The parser's other Unicode charsets (UTF-16,
 * UTF-32, named in Content-Type) are left to it.
 */
function utf8Only(_req: unknown, _res: unknown, body: Buffer, encoding: string | null): void {
  if ((encoding ?? "utf-8").toLowerCase() === "utf-8" && !isUtf8(body))
    throw Object.assign(new Error("the body is not UTF-8"), { type: "entity.verify.failed" });
}

function withLimit(limitBytes: number, parse: RequestHandler): RequestHandler {
  return (req, res, next) => {
    if (Number(req.headers["content-length"]) > limitBytes) {
      res.setHeader("Connection", "close");
      return next(new ServiceError("body_too_large", { limitBytes }));
    }
    // A body the parser would skip (text/plain, a form) would reach the route as no body at all,
    // and be answered with "required" fields: say what is wrong with it instead. An empty body
    // (fetch's POST without one says Content-Length: 0) is no body, whatever its type.
    if (req.is("application/json") === false && Number(req.headers["content-length"]) !== 0)
      return next(new ServiceError("unsupported_content_type"));
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: unknown }).type;
      if (type === "entity.too.large")
        return next(new ServiceError("body_too_large", { limitBytes }));
      const code = typeof type === "string" ? PARSER_ERRORS[type] : undefined;
      if (code) return next(new ServiceError(code));
      // zlib's own errors carry no type: a body that says gzip or br and is not.
      if (req.headers["content-encoding"]) return next(new ServiceError("invalid_compressed_body"));
      next(error);
    });
  };
}

export const jsonBody = (limitBytes: number): RequestHandler =>
  withLimit(limitBytes, express.json({ limit: limitBytes, verify: utf8Only }));

/**
 * A JSON body's bytes (req.body a Buffer, or undefined when it is not sent as JSON), decompressed
 * and within its limit, for work done off the main thread: decoding a megabyte of accented text
 * costs this thread ~10 ms, so the bytes go as they are (copied to the worker: a small body's Buffer
 * shares Node's buffer pool, which must not be transferred). Only UTF-8 is taken, as body-parser's
 * JSON parser reads.
 */
export function jsonBytes(limitBytes: number): RequestHandler {
  const read = withLimit(
    limitBytes,
    express.raw({ type: "application/json", limit: limitBytes, verify: utf8Only })
  );
  return (req, res, next) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get("content-type") ?? "")?.[1];
    // Another type is refused as such by `read`, whatever its charset.
    if (charset !== undefined && charset.toLowerCase() !== "utf-8" && req.is("application/json"))
      return next(new ServiceError("unsupported_charset"));
    read(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (!Buffer.isBuffer(req.body)) req.body = undefined;
      next();
    });
  };
}
