// Stops a server the way an orchestrator expects at SIGTERM: no new connections, requests in flight
// finish (keep-alive connections close as soon as they are idle), and whatever is still running
// after the grace period is cut off.
import type http from "node:http";

export async function drain(server: http.Server, graceMs: number): Promise<"drained" | "cut_off"> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection between two requests would hold close() until the client lets go.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"cut_off">((resolve) => {
    timer = setTimeout(() => resolve("cut_off"), graceMs);
  });
  server.closeIdleConnections();
  const outcome = await Promise.race([closed.then(() => "drained" as const), late]);
  clearInterval(idle);
  clearTimeout(timer);
  if (outcome === "cut_off") {
    server.closeAllConnections();
    await closed;
  }
  return outcome;
}
