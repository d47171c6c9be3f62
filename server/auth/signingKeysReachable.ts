// Readiness: Microsoft's signing keys (the JWKS every token is checked against) can be fetched. A
// success is remembered for a minute, so frequent probes from every instance do not become traffic
// to Microsoft; a failure is not, so recovery is seen at the next probe.
const REMEMBER_MS = 60_000;
const TIMEOUT_MS = 3000;

export function signingKeysReachable(jwksUrl: string): () => Promise<void> {
  let okUntil = 0;
  return async () => {
    if (Date.now() < okUntil) return;
    const response = await fetch(jwksUrl, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = (await response.json().catch(() => null)) as { keys?: unknown } | null;
    if (!response.ok || !Array.isArray(body?.keys) || body.keys.length === 0)
      throw new Error(`the signing keys answered ${response.status} without keys`);
    okUntil = Date.now() + REMEMBER_MS;
  };
}
