// HTTP requests with full control over the wire, for what fetch will not send: another Host header,
// a body that lies about its encoding, an upload cut off half-way.
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as received (still compressed, if it was sent so). */
  body: Buffer;
  text: string;
}

export function rawRequest(
  baseUrl: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers ?? {},
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            text: body.toString("utf8"),
          });
        });
      }
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** Sends the headers and part of a body that announces more, then hangs up. */
export function abortedUpload(baseUrl: string, path: string): Promise<void> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const request = http.request({
      host: url.hostname,
      port: url.port,
      method: "POST",
      path,
      headers: { "Content-Type": "application/json", "Content-Length": "1000" },
    });
    request.on("error", () => resolve());
    request.write('{"snapshot":');
    setTimeout(() => {
      request.destroy();
      resolve();
    }, 100);
  });
}
