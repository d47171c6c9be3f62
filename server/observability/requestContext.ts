// The request a piece of work belongs to, wherever it runs (route, Graph client, msal-node, error
// handler): every log line written while serving a request carries its id (logger.ts reads it).
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/** A caller's X-Request-Id is kept when it is a short token of safe characters (a proxy's id). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const requestIdFrom = (incoming: string | undefined): string =>
  incoming !== undefined && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
