// JSON bodies, parsed by Express's parser with a size limit chosen per endpoint. A body announced
// larger than the limit is refused at once, before a byte of it is read (Node discards the rest);
// one that grows past it while arriving (chunked) is cut off by the parser. Whatever the parser
// refuses is the client's doing (a body too large, cut short, not JSON, compressed wrongly, in a
// character set we do not read), so each failure becomes a 4xx from the catalog, never a 500.
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
};

export function jsonBody(limitBytes: number): RequestHandler {
  const parse = express.json({ limit: limitBytes });
  return (req, res, next) => {
    if (Number(req.headers["content-length"]) > limitBytes) {
      res.setHeader("Connection", "close");
      return next(new ServiceError("body_too_large", { limitBytes }));
    }
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
