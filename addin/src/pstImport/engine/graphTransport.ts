// The importer's HTTP to Graph (and to upload URLs), from a worker or from Node: every request goes
// through the pacer, and every answer is classified so the writer knows what it may do next —
// "ok", "refused" (Graph said no: the write was not made), or "unknown" (timeout, dropped connection,
// 5xx, a 2xx without a readable body: the write may have been made, so it is checked before any
// retry). Reads are retried here; writes only after a 429, which Graph sends before doing anything.
import type { Clock, Pacer } from "./pacer.js";

export type Outcome<T = Record<string, unknown>> =
  | { kind: "ok"; status: number; body: T; headers: Headers }
  | { kind: "refused"; status: number; code: string; message: string }
  | { kind: "unknown"; detail: string };

export interface TransportOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  /** A Graph token; `renew` after a 401 (expired, revoked). */
  accessToken: (renew: boolean) => Promise<string>;
  pacer: Pacer;
  clock: Clock;
  timeoutMs?: number;
  /** Reads retried after a failure (writes are never retried here but after a 429). */
  maxReadRetries?: number;
  /** Wait when a 429/503 says no Retry-After. */
  backoffMs?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export interface RequestSpec {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Below the version root ("/me/...") or an absolute upload URL. */
  url: string;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  /** Upload URLs are pre-authenticated: no Authorization header. */
  anonymous?: boolean;
}

const TRANSIENT = new Set([500, 502, 503, 504]);

export class GraphTransport {
  private readonly timeoutMs: number;
  private readonly maxReadRetries: number;
  private readonly backoffMs: number;
  private readonly fetch: typeof fetch;
  /** HTTP requests sent, retries included. */
  requestCount = 0;

  constructor(private readonly options: TransportOptions) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxReadRetries = options.maxReadRetries ?? 8;
    this.backoffMs = options.backoffMs ?? 2_000;
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async send<T = Record<string, unknown>>(spec: RequestSpec): Promise<Outcome<T>> {
    const read = spec.method === "GET";
    let renewed = false;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.once<T>(spec, renewed);
      if (outcome.kind === "refused" && outcome.status === 401 && !renewed && !spec.anonymous) {
        renewed = true;
        continue;
      }
      const retryable =
        outcome.kind === "unknown" ||
        (outcome.kind === "refused" && (outcome.status === 429 || TRANSIENT.has(outcome.status)));
      const safe = read || (outcome.kind === "refused" && outcome.status === 429);
      if (!retryable || !safe || attempt >= this.maxReadRetries) {
        // A write answered 5xx may have been made: the caller must check, as for a timeout.
        if (!read && outcome.kind === "refused" && TRANSIENT.has(outcome.status))
          return { kind: "unknown", detail: `HTTP ${outcome.status} ${outcome.code}` };
        return outcome;
      }
      if (outcome.kind === "unknown")
        await this.options.clock.sleep(this.backoffMs * (attempt + 1), this.options.signal);
    }
  }

  private async once<T>(spec: RequestSpec, renew: boolean): Promise<Outcome<T>> {
    const body =
      spec.bytes ??
      (spec.json === undefined ? undefined : new TextEncoder().encode(JSON.stringify(spec.json)));
    const upload = spec.method === "GET" || spec.method === "DELETE" ? 0 : (body?.length ?? 0);
    return this.options.pacer.run(
      upload,
      async () => {
        const headers: Record<string, string> = { Accept: "application/json", ...spec.headers };
        if (spec.json !== undefined) headers["Content-Type"] = "application/json";
        if (!spec.anonymous)
          headers.Authorization = `Bearer ${await this.options.accessToken(renew)}`;
        const absolute = /^https?:/.test(spec.url);
        // A link from an answer (next page) may only lead back to Graph with our token.
        if (absolute && !spec.anonymous && !spec.url.startsWith(`${this.options.baseUrl}/`))
          return { kind: "refused", status: 0, code: "untrustedUrl", message: spec.url } as const;
        const url = absolute ? spec.url : `${this.options.baseUrl}${spec.url}`;
        const timeout = AbortSignal.timeout(this.timeoutMs);
        const signal = this.options.signal
          ? AbortSignal.any([this.options.signal, timeout])
          : timeout;
        this.requestCount++;
        let response: Response;
        let text: string;
        try {
          response = await this.fetch(url, {
            method: spec.method,
            headers,
            body: body as BodyInit | undefined,
            signal,
          });
          text = await response.text();
        } catch (error) {
          this.options.signal?.throwIfAborted();
          return { kind: "unknown", detail: (error as Error).name || "network" };
        }
        return this.classify<T>(response, text);
      },
      this.options.signal
    );
  }

  private classify<T>(response: Response, text: string): Outcome<T> {
    if (response.ok) {
      if (response.status === 204 || (response.status === 201 && text === "")) {
        return { kind: "ok", status: response.status, body: {} as T, headers: response.headers };
      }
      try {
        const body = JSON.parse(text) as unknown;
        if (body && typeof body === "object" && !Array.isArray(body))
          return {
            kind: "ok",
            status: response.status,
            body: body as T,
            headers: response.headers,
          };
      } catch {
        // below
      }
      return { kind: "unknown", detail: `HTTP ${response.status} without a readable body` };
    }
    if (response.status === 429 || TRANSIENT.has(response.status)) {
      const seconds = Number(response.headers.get("Retry-After"));
      this.options.pacer.throttle(
        Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : this.backoffMs
      );
    }
    let code = `http${response.status}`;
    let message = response.statusText;
    try {
      const error = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
      code = error?.code ?? code;
      message = error?.message ?? message;
    } catch {
      // not JSON: the status says it
    }
    return { kind: "refused", status: response.status, code, message };
  }
}
