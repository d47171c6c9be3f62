// Our Graph client: a small typed wrapper on fetch. We chose it over @microsoft/microsoft-graph-client
// (no release since 2023, deprecation announced, drops the Authorization header on http base URLs)
// and the Kiota SDK (heavy, preview); what we need is small and tested: retries that honour
// Retry-After (bounded, and never for a write that may have been applied), JSON $batch of 20 with
// per-request retries, @odata.nextLink paging on the same origin, and the per-mailbox limiter.
// Whatever Graph answers, a caller gets a JSON object or a GraphRequestError: an empty, cut-off or
// late body is an error like a refusal, never a TypeError further down.
import type { Limiter } from "./limiter.js";
import { SharedStateUnavailableError } from "../state/sharedStateError.js";

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  accessToken: () => Promise<string>;
  limiter: Limiter;
  /** Per request, body included. */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Longest Retry-After we wait for; beyond it the call fails as throttled. */
  maxRetryAfterMs?: number;
  /** Wait used when a 503/504/timeout carries no Retry-After. */
  backoffMs?: number;
  /** Sees each HTTP exchange with Graph: its status (0: no answer) and duration (metrics). */
  observe?: (exchange: { status: number; seconds: number }) => void;
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

const MALFORMED = Symbol("malformed");

/** Graph answers with JSON objects; 204 and 202 carry no body. */
function parseAnswer(status: number, text: string): unknown {
  if (status === 204 || status === 202) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : MALFORMED;
  } catch {
    return MALFORMED;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const malformed = () =>
  new GraphRequestError(502, "malformedResponse", "Graph sent an answer that is not a JSON object");

interface InnerResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** An inner $batch answer as it must be; a 2xx without a JSON object body is a 502 "malformed". */
function checkedInner(value: unknown): InnerResponse | null {
  // An id that is not a string matches no request, and is left out with the rest of its kind.
  if (!isObject(value) || !Number.isInteger(value.status)) return null;
  const response = value as unknown as InnerResponse;
  const success = response.status >= 200 && response.status < 300;
  if (success && ![202, 204].includes(response.status) && !isObject(response.body))
    return failedResponse(response.id, malformed());
  return response;
}

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

  async get<T>(path: string): Promise<T> {
    return (await this.send("GET", this.url(path))) as T;
  }

  /** Writes are retried only on 429 (the service did not process them), never after a 503 or timeout. */
  async post<T>(path: string, body: unknown): Promise<T> {
    return (await this.send("POST", this.url(path), body)) as T;
  }

  /** Every item of a collection, following @odata.nextLink (only back to our Graph). */
  async getAll<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = this.url(path);
    while (next) {
      const page = (await this.send("GET", next)) as Record<string, unknown>;
      if (page.value !== undefined && !Array.isArray(page.value)) throw malformed();
      items.push(...((page.value as T[] | undefined) ?? []));
      const link = page["@odata.nextLink"];
      if (link === undefined) break;
      if (typeof link !== "string" || this.relativeLink(link) === null)
        throw new GraphRequestError(
          502,
          "untrustedNextLink",
          "Graph's next page link points outside Graph; it was not followed"
        );
      next = link;
    }
    return items;
  }

  /**
   * An @odata.nextLink as a path below our version root ("/me/mailFolders?$skip=10"), for use in a
   * $batch; null when it points anywhere else, so a tampered answer cannot send us (or our token) away.
   */
  relativeLink(link: string): string | null {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return null;
    }
    const base = new URL(this.options.baseUrl);
    const root = base.pathname.replace(/\/+$/, "");
    if (url.origin !== base.origin || !url.pathname.startsWith(`${root}/`)) return null;
    return `${url.pathname.slice(root.length)}${url.search}`;
  }

  /**
   * Sends requests in JSON batches of 20 (batches run concurrently, through the limiter). Inner
   * requests answered 429/503/504, or answered 2xx without a body, are retried alone, after their own
   * Retry-After; an inner write is retried only after a 429. Returns one response per request, in
   * request order; a request without a usable answer gets a GraphRequestError's status and code.
   */
  async batch<T = unknown>(requests: BatchRequest[]): Promise<BatchResponse<T>[]> {
    const results = new Map<string, BatchResponse<T>>();
    let pending = requests;
    for (let attempt = 0; ; attempt++) {
      const chunks: BatchRequest[][] = [];
      for (let start = 0; start < pending.length; start += MAX_BATCH)
        chunks.push(pending.slice(start, start + MAX_BATCH));
      const answered = await Promise.all(
        chunks.map((chunk) =>
          this.send(
            "POST",
            this.url("/$batch"),
            { requests: chunk },
            { idempotent: chunk.every((request) => request.method === "GET") }
          )
            .then((envelope): InnerResponse[] => {
              const responses = (envelope as { responses?: unknown }).responses;
              if (!Array.isArray(responses)) throw malformed();
              return responses.map(checkedInner).filter((inner) => inner !== null);
            })
            .catch((error: unknown): InnerResponse[] => {
              // No turn to ask Graph at all is the whole request's failure, not this chunk's.
              if (error instanceof SharedStateUnavailableError) throw error;
              return chunk.map((request) => failedResponse(request.id, error));
            })
        )
      );
      const retry: BatchRequest[] = [];
      let wait = 0;
      for (const response of answered.flat()) {
        const request = pending.find((candidate) => candidate.id === response.id);
        if (!request || results.has(response.id)) continue;
        const read = request.method === "GET";
        const broken = (response.body as { error?: { code?: string } } | undefined)?.error?.code;
        const retryable =
          (isThrottled(response.status) && (read || response.status === 429)) ||
          (read && broken === "malformedResponse");
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
            body: response.body as T,
          });
        }
      }
      if (retry.length === 0) break;
      if (wait > this.maxRetryAfterMs) {
        for (const request of retry)
          results.set(request.id, failure<T>(request.id, 429, "TooManyRequests"));
        break;
      }
      await sleep(wait);
      pending = retry;
    }
    return requests.map(
      (request) => results.get(request.id) ?? failure<T>(request.id, 0, "noResponse")
    );
  }

  private url(path: string): string {
    return `${this.options.baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
  }

  private retryDelay(retryAfter: string | null | undefined, attempt: number): number {
    // Number(null) is 0: no header must mean our backoff, not "at once".
    const seconds = Number(retryAfter ?? Number.NaN);
    return Number.isFinite(seconds) && seconds >= 0
      ? seconds * 1000
      : this.backoffMs * 2 ** attempt;
  }

  /** One request with its retries: the parsed JSON object (undefined for 204), or a GraphRequestError. */
  private async send(
    method: "GET" | "POST",
    url: string,
    body?: unknown,
    options: { idempotent?: boolean } = {}
  ): Promise<unknown> {
    // A $batch of reads is safe to resend; one with a write is not, unless refused with 429 (not run).
    const idempotent = method === "GET" || options.idempotent === true;
    for (let attempt = 0; ; attempt++) {
      const token = await this.options.accessToken();
      this.requestCount++;
      let answer: { status: number; retryAfter: string | null; text: string };
      const started = performance.now();
      try {
        // The body is read inside the limiter and the timeout: a request is in flight until it has arrived.
        answer = await this.options.limiter.run(async () => {
          const response = await fetch(url, {
            method,
            headers: {
              Authorization: `Bearer ${token}`,
              Accept: "application/json",
              ...(body === undefined ? {} : { "Content-Type": "application/json" }),
            },
            // Stryker disable next-line ConditionalExpression: JSON.stringify(undefined) is undefined, no body either way
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(this.timeoutMs),
          });
          return {
            status: response.status,
            retryAfter: response.headers.get("Retry-After"),
            text: await response.text(),
          };
        });
      } catch (error) {
        if (error instanceof SharedStateUnavailableError) throw error;
        this.options.observe?.({ status: 0, seconds: (performance.now() - started) / 1000 });
        // No answer, or one cut off or still arriving when the time ran out.
        if (!idempotent || attempt >= this.maxRetries)
          throw (error as Error).name === "TimeoutError"
            ? new GraphRequestError(504, "timeout", "Graph did not answer in time")
            : new GraphRequestError(502, "noAnswer", "Graph's answer did not arrive");
        await sleep(this.retryDelay(null, attempt));
        continue;
      }
      this.options.observe?.({
        status: answer.status,
        seconds: (performance.now() - started) / 1000,
      });
      // fetch gives final answers only (200-599).
      if (answer.status < 300) {
        const parsed = parseAnswer(answer.status, answer.text);
        if (parsed !== MALFORMED) return parsed;
        if (!idempotent || attempt >= this.maxRetries) throw malformed();
        await sleep(this.retryDelay(null, attempt));
        continue;
      }
      const retryable = isThrottled(answer.status) && (idempotent || answer.status === 429);
      const delay = this.retryDelay(answer.retryAfter, attempt);
      if (retryable && attempt < this.maxRetries && delay <= this.maxRetryAfterMs) {
        await sleep(delay);
        continue;
      }
      const error = parseGraphError(answer.text);
      throw new GraphRequestError(answer.status, error.code, error.message);
    }
  }
}

/** Graph's error code and message, when the refusal carries them ({"error":{"code","message"}}). */
function parseGraphError(text: string): { code: string; message: string } {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page): no code, no message.
  }
  const error = isObject(body) && isObject(body.error) ? body.error : {};
  return {
    code: typeof error.code === "string" ? error.code : "unknown",
    message: typeof error.message === "string" ? error.message : "",
  };
}

/** An inner request without a usable answer, in Graph's error shape (the message is not kept). */
function failure<T>(id: string, status: number, code: string): BatchResponse<T> {
  return { id, status, body: { error: { code, message: "" } } as T };
}

function failedResponse<T>(id: string, error: unknown): BatchResponse<T> {
  return error instanceof GraphRequestError
    ? failure(id, error.status, error.code)
    : failure(id, 0, "requestFailed");
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
