// The HTTP(S) server around the app. Node's own parser refuses some requests before Express sees
// them (headers too large — a huge Authorization token —, a malformed request, one that arrives too
// slowly); those answers get the service's JSON error shape too, instead of a bare status line.
// Idle connections are kept longer than Node's 5 s: a reverse proxy pools its connections to the
// instances (nginx 60 s by default) and must be the side that closes them. When the instance closes
// first, the proxy can send a request on the connection as it closes, and answers 502 for it (it
// does not retry a POST). Node 18.2 and later time headers per request, so headersTimeout stays.
import http from "node:http";
import https from "node:https";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { ServiceError } from "./serviceError.js";
import { REQUEST_ID_HEADER } from "./requestId.js";
import { requestIdFrom } from "../observability/requestContext.js";

export function createHttpServer(
  app: http.RequestListener,
  logger: Logger,
  { keepAliveSeconds, tls }: { keepAliveSeconds: number; tls?: { key: Buffer; cert: Buffer } }
): http.Server {
  const server = tls ? https.createServer(tls, app) : http.createServer(app);
  server.keepAliveTimeout = keepAliveSeconds * 1000;
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) =>
    answerClientError(error, socket, logger)
  );
  return server;
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, logger: Logger): void {
  // Nothing to answer to: the client left, or the answer has begun.
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const refusal = new ServiceError(
    error.code === "HPE_HEADER_OVERFLOW"
      ? "headers_too_large"
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? "request_timeout"
        : "bad_request"
  );
  // Node has not parsed the request: no caller's id to keep.
  const requestId = requestIdFrom(undefined);
  logger.info(
    { requestId, status: refusal.status, code: refusal.code },
    "request refused before routing"
  );
  const body = JSON.stringify(refusal.toBody());
  socket.end(
    [
      `HTTP/1.1 ${refusal.status} ${http.STATUS_CODES[refusal.status]}`,
      "Content-Type: application/json; charset=utf-8",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Cache-Control: no-store",
      `${REQUEST_ID_HEADER}: ${requestId}`,
      "Connection: close",
      "",
      body,
    ].join("\r\n")
  );
}
