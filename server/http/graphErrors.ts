// A Graph request that failed after the client's retries becomes a clear gateway error: Graph
// limiting us (503, try later), Graph not answering (504), or Graph answering with an error (502).
import { GraphRequestError } from "../graph/graphClient.js";
import { ServiceError } from "./serviceError.js";

/** Graph's Retry-After is spent by the client's own retries; a client should wait about this long. */
const THROTTLED_RETRY_AFTER_SECONDS = 30;

export function fromGraphError(error: unknown): ServiceError | null {
  if (!(error instanceof GraphRequestError)) return null;
  if (error.status === 0 || error.status === 504) return new ServiceError("graph_timeout");
  if (error.status === 429 || error.status === 503)
    return new ServiceError("graph_throttled", {
      retryAfterSeconds: THROTTLED_RETRY_AFTER_SECONDS,
    });
  return new ServiceError("graph_failed", {
    graphStatus: error.status,
    // Graph's codes are short identifiers (ErrorItemNotFound); anything else is not repeated.
    graphCode: /^[\w.-]{1,64}$/.test(error.code) ? error.code : "unknown",
  });
}
