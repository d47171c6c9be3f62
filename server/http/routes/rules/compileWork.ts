// The whole of a compile request's CPU work, from the body's bytes to the answer's text: decode,
// parse, validate, compile, serialise. It runs in a worker thread (compileWorker.ts) so a large rule
// set does not stall other requests; it is a plain function so it can be read and tested like any
// other.
import type { Locale } from "@contracts/locales.js";
import type { ServiceErrorCode } from "@contracts/serviceErrors.js";
import { compileRules } from "../../../core/rules/compileRules.js";
import { ServiceError } from "../../serviceError.js";
import { validate } from "../../validate.js";
import { compileRequestSchema } from "./compileRequest.js";
import type { AnswerEncoding } from "./answerEncoding.js";

export interface CompileTask {
  /** The body's bytes as sent (JSON in UTF-8), or undefined when it was not sent as JSON. */
  body: Uint8Array | undefined;
  /** The browser's language, for a request that names none. */
  fallbackLocale: Locale;
  /** Largest answer we send (before compression: what the client will hold). */
  maxOutputBytes: number;
  /** How the client takes the answer (from its Accept-Encoding); identity when absent. */
  encoding?: AnswerEncoding;
}

export type CompileFailure = { ok: false; code: ServiceErrorCode; details?: unknown };

export type CompileOutcome = { ok: true; json: string } | CompileFailure;

/** What the worker thread hands back: the answer's UTF-8 bytes in the task's encoding, or why there is none. */
export type WorkerAnswer = Uint8Array | CompileFailure;

/**
 * Like body-parser's strict JSON: an object or an array, and an empty body reads as {}. The bytes
 * are UTF-8 (jsonBytes refused any that are not); a leading byte order mark is dropped, as
 * body-parser does.
 */
function parseBody(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") return {};
  if (!/^\s*[[{]/.test(text)) throw new ServiceError("invalid_json");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ServiceError("invalid_json");
  }
}

export function compileWork(task: CompileTask): CompileOutcome {
  try {
    const request = validate(compileRequestSchema, parseBody(task.body), "body");
    const json = JSON.stringify(
      compileRules(request.rules, {
        locale: request.locale ?? task.fallbackLocale,
        ...(request.targets ? { targets: request.targets } : {}),
        ownAddresses: request.accounts ?? [],
        ...(request.inboxName ? { inboxName: request.inboxName } : {}),
      })
    );
    if (Buffer.byteLength(json) > task.maxOutputBytes)
      throw new ServiceError("compile_output_too_large", { limitBytes: task.maxOutputBytes });
    return { ok: true, json };
  } catch (error) {
    if (error instanceof ServiceError)
      return { ok: false, code: error.code, details: error.details as unknown };
    throw error;
  }
}
