// An HTTP server on a loopback port (0 = any free one), for the simulators and the tests' harnesses.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface LoopbackServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export async function startLoopbackServer(
  handler: http.RequestListener,
  port = 0,
  host = "127.0.0.1"
): Promise<LoopbackServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export async function readBody(req: http.IncomingMessage): Promise<string> {
  return (await readBodyBytes(req)).toString("utf8");
}

export function readBodyBytes(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
