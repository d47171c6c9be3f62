// Why the server cannot listen, in one sentence a person can act on; and a check for it that
// `npm start` runs before its long build (scripts/check-port.ts).
import net from "node:net";

/** Whether `port` can be listened on at `host` now: null if so, else the error listening gave. */
export function tryListen(port: number, host: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}

/** A free port near `port` to suggest, if one of the next twenty is. */
async function freePortAfter(port: number, host: string): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(port + 20, 65535); candidate++)
    if ((await tryListen(candidate, host)) === null) return candidate;
  return null;
}

/** The sentence for a listen error a person can fix; null for others (they stay errors with a stack). */
export async function listenProblem(
  error: NodeJS.ErrnoException,
  port: number,
  host: string
): Promise<string | null> {
  if (error.code === "EADDRINUSE") {
    const free = await freePortAfter(port, host);
    return `Port ${port} is in use (another MailBridge, or another program); set PORT=${free ?? "<another port>"} to use another.`;
  }
  if (error.code === "EACCES")
    return `Port ${port} needs administrator rights on this system; set PORT=3000 (or another port above 1023) to use another.`;
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
    return `HOST=${host} is not an address of this machine; set HOST=localhost, or an address this machine has.`;
  return null;
}
