// A local HTTP server that answers the Graph client with exact wire shapes, one scripted answer per
// request (the last one repeats): statuses without a body, Retry-After values, bodies that are not
// JSON objects, $batch envelopes built from the inner requests, or a connection dropped unanswered.
// It records what arrived, so tests can check what the client sent.
import type http from "node:http";
import {
  readBody,
  startLoopbackServer,
  type LoopbackServer,
} from "../../../server/simulators/loopbackServer.js";

export interface WireAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as is; an object is sent as JSON. */
  body?: string | object;
  /** Drop the connection without an answer. */
  drop?: boolean;
  /** Wait before answering. */
  delayMs?: number;
}

export interface InnerRequest {
  id: string;
  method: string;
  url: string;
  body?: unknown;
}

/** How the server answers: a fixed answer, or one built from the request (a $batch's inner requests). */
export type Script = (WireAnswer | ((request: RecordedRequest) => WireAnswer))[];

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** A $batch POST's inner requests. */
  inner: InnerRequest[];
}

export interface ScriptedGraph extends LoopbackServer {
  /** The version root, e.g. http://127.0.0.1:41234/v1.0 */
  baseUrl: string;
  requests: RecordedRequest[];
}

export async function scriptedGraph(script: Script): Promise<ScriptedGraph> {
  const requests: RecordedRequest[] = [];
  const server = await startLoopbackServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const inner = (
        req.url?.endsWith("/$batch") ? (JSON.parse(body) as { requests: InnerRequest[] }) : null
      )?.requests;
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        url: req.url ?? "",
        headers: req.headers,
        body,
        inner: inner ?? [],
      };
      const step = script[Math.min(requests.length, script.length - 1)]!;
      requests.push(request);
      const answer = typeof step === "function" ? step(request) : step;
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (answer.drop) return void res.destroy();
      const text =
        answer.body === undefined
          ? ""
          : typeof answer.body === "string"
            ? answer.body
            : JSON.stringify(answer.body);
      res.writeHead(answer.status ?? 200, {
        ...(answer.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...answer.headers,
      });
      res.end(text);
    })();
  });
  return { ...server, baseUrl: `${server.url}/v1.0`, requests };
}

/** A $batch envelope answering each inner request with `answer(inner)`. */
export const batchAnswer =
  (answer: (inner: InnerRequest) => object | null): ((request: RecordedRequest) => WireAnswer) =>
  (request) => ({
    body: {
      responses: request.inner
        .map((inner) => answer(inner))
        .filter((response): response is object => response !== null),
    },
  });
