// Our Graph client: a small typed wrapper on fetch. We chose it over @microsoft/microsoft-graph-client
// (no release since 2023, deprecation announced, drops the Authorization header on http base URLs)
// and the Kiota SDK (heavy, preview); what we need is small and tested: retries that honour
// Retry-After (bounded, and never for a write that may have been applied), JSON $batch of 20 with
// per-request retries, @odata.nextLink paging on the same origin, and the per-mailbox limiter.
import type { Limiter } from "./limiter.js";

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  accessToken: () => Promise<string>;
  limiter: Limiter;
  /** Per request. */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Longest Retry-After we wait for; beyond it the call fails as throttled. */
  maxRetryAfterMs?: number;
  /** Wait used when a 503/504/timeout carries no Retry-After. */
  backoffMs?: number;
}

export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }

  /** 429 or a 503/504 that outlived our retries. */
  get throttled(): boolean {
    return isThrottled(this.status);
  }
}

export interface BatchRequest {
  id: string;
  method: "GET" | "POST" | "PATCH";
  /** Relative to the version root, e.g. "/me/mailFolders". */
  url: string;
  body?: unknown;
}

export interface BatchResponse<T = unknown> {
  id: string;
  status: number;
  body: T;
}

const RETRYABLE = new Set([429, 503, 504]);

/** Statuses that mean "Graph is busy, try later" (and that we retry while we may). */
export const isThrottled = (status: number): boolean => RETRYABLE.has(status);
const MAX_BATCH = 20;

export class GraphClient {
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxRetryAfterMs: number;
  private readonly backoffMs: number;
  /** Requests sent (each HTTP request, including retries); benches and tests read it. */
  requestCount = 0;

  constructor(private readonly options: GraphClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 10000;
    this.maxRetries = options.maxRetries ?? 4;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30000;
    this.backoffMs = options.backoffMs ?? 500;
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>("GET", this.url(path));
  }

  /** Writes are retried only on 429 (the service did not process them), never after a 503 or timeout. */
  post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>("POST", this.url(path), body);
  }

  /** Every item of a collection, following @odata.nextLink. */
  async getAll<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = this.url(path);
    while (next) {
      const page: { value?: T[]; "@odata.nextLink"?: string } = await this.send("GET", next);
      items.push(...(page.value ?? []));
      next = this.followable(page["@odata.nextLink"]);
    }
    return items;
  }

  /**
   * Sends requests in JSON batches of 20 (batches run concurrently, through the limiter). Inner
   * requests answered 429/503/504 are retried, alone, after their own Retry-After; an inner write is
   * retried only after a 429. Returns one response per request, in request order.
   */
  async batch<T = unknown>(requests: BatchRequest[]): Promise<BatchResponse<T>[]> {
    const results = new Map<string, BatchResponse<T>>();
    let pending = requests;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const chunks: BatchRequest[][] = [];
      for (let start = 0; start < pending.length; start += MAX_BATCH)
        chunks.push(pending.slice(start, start + MAX_BATCH));
      const answered = await Promise.all(
        chunks.map((chunk) =>
          this.send<{
            responses: { id: string; status: number; headers?: Record<string, string>; body: T }[];
          }>("POST", this.url("/$batch"), { requests: chunk }, { batch: true }).then(
            (body) => body.responses,
            (error: unknown) => chunk.map((request) => failedResponse<T>(request.id, error))
          )
        )
      );
      const retry: BatchRequest[] = [];
      let wait = 0;
      for (const response of answered.flat()) {
        const request = pending.find((candidate) => candidate.id === response.id);
        if (!request) continue;
        const retryable =
          isThrottled(response.status) && (request.method === "GET" || response.status === 429);
        if (retryable && attempt < this.maxRetries) {
          retry.push(request);
          wait = Math.max(
            wait,
            this.retryDelay(
              response.headers?.["Retry-After"] ?? response.headers?.["retry-after"],
              attempt
            )
          );
        } else {
          results.set(response.id, {
            id: response.id,
            status: response.status,
            body: response.body,
          });
        }
      }
      if (retry.length > 0 && wait > this.maxRetryAfterMs) {
        for (const request of retry)
          results.set(
            request.id,
            failedResponse<T>(
              request.id,
              new GraphRequestError(429, "TooManyRequests", "throttled")
            )
          );
        break;
      }
      if (retry.length > 0) await sleep(wait);
      pending = retry;
    }
    return requests.map(
      (request) =>
        results.get(request.id) ??
        failedResponse<T>(request.id, new GraphRequestError(0, "noResponse", "no response"))
    );
  }

  /** Only follow links back to the same Graph origin, so a tampered response cannot redirect our token. */
  private followable(link: string | undefined): string | undefined {
    if (!link) return undefined;
    return new URL(link).origin === new URL(this.options.baseUrl).origin ? link : undefined;
  }

  private url(path: string): string {
    return `${this.options.baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
  }

  private retryDelay(retryAfter: string | null | undefined, attempt: number): number {
    const seconds =
      retryAfter === null || retryAfter === undefined ? Number.NaN : Number(retryAfter);
    return Number.isFinite(seconds) && seconds >= 0
      ? seconds * 1000
      : this.backoffMs * 2 ** attempt;
  }

  private async send<T>(
    method: "GET" | "POST",
    url: string,
    body?: unknown,
    options: { batch?: boolean } = {}
  ): Promise<T> {
    // A $batch POST is safe to resend when it failed as a whole: its inner writes are retried only on 429 above.
    const idempotent = method === "GET" || options.batch === true;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        const token = await this.options.accessToken();
        this.requestCount++;
        response = await this.options.limiter.run(() =>
          fetch(url, {
            method,
            headers: {
              Authorization: `Bearer ${token}`,
              Accept: "application/json",
              ...(body === undefined ? {} : { "Content-Type": "application/json" }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(this.timeoutMs),
          })
        );
      } catch (error) {
        if (error instanceof GraphRequestError) throw error;
        if (!idempotent || attempt >= this.maxRetries)
          throw new GraphRequestError(
            504,
            "timeout",
            `Graph did not answer: ${(error as Error).name}`
          );
        await sleep(this.retryDelay(null, attempt));
        continue;
      }
      const text = await response.text().catch(() => "");
      if (response.ok) {
        try {
          return (text ? JSON.parse(text) : undefined) as T;
        } catch {
          if (!idempotent || attempt >= this.maxRetries)
            throw new GraphRequestError(
              502,
              "malformedResponse",
              "Graph sent a response that is not JSON"
            );
          await sleep(this.retryDelay(null, attempt));
          continue;
        }
      }
      const retryable = isThrottled(response.status) && (idempotent || response.status === 429);
      const delay = this.retryDelay(response.headers.get("Retry-After"), attempt);
      if (retryable && attempt < this.maxRetries && delay <= this.maxRetryAfterMs) {
        await sleep(delay);
        continue;
      }
      const error = parseGraphError(text);
      throw new GraphRequestError(response.status, error.code, error.message);
    }
  }
}

function parseGraphError(text: string): { code: string; message: string } {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
    return { code: body.error?.code ?? "unknown", message: body.error?.message ?? "" };
  } catch {
    return { code: "unknown", message: "" };
  }
}

function failedResponse<T>(
  id: string,
  error: unknown
): BatchResponse<T> & { headers?: Record<string, string> } {
  const status = error instanceof GraphRequestError ? error.status : 0;
  const code = error instanceof GraphRequestError ? error.code : "requestFailed";
  return { id, status, body: { error: { code, message: "" } } as T };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
