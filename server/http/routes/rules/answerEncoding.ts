// The compile answer is megabytes of JSON for a large rule set (7.6 MB for the largest), and sending
// it costs the thread that answers every other request more than anything else about a compilation
// (the socket writes). Compressed on the worker, it is a few dozen kilobytes: brotli at quality 5
// or gzip at its default level take ~20 ms there, and compress this repetitive text 70 to 260 times.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import Negotiator from "negotiator";

/** What the answer is sent as; every browser accepts br over HTTPS and gzip everywhere. */
export type AnswerEncoding = "br" | "gzip" | "identity";

const SUPPORTED_ENCODINGS = ["br", "gzip"] as const;

/**
 * The client's best among ours. Among encodings it rates equally, ours wins: browsers send
 * "gzip, deflate, br, zstd", a list, not an order of preference (Express's acceptsEncodings would
 * take the first).
 */
export const answerEncodingFor = (headers: Record<string, string | string[] | undefined>) =>
  (new Negotiator({ headers }).encodings(SUPPORTED_ENCODINGS, {
    preferred: SUPPORTED_ENCODINGS,
  })[0] ?? "identity") as AnswerEncoding;

// Brotli's default quality (11) takes seconds on megabytes; 5 is as fast as gzip and 4 times smaller.
const BROTLI_QUALITY = 5;

export function encodeAnswer(bytes: Uint8Array, encoding: AnswerEncoding): Uint8Array {
  switch (encoding) {
    case "br":
      return brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      });
    case "gzip":
      return gzipSync(bytes);
    case "identity":
      return bytes;
  }
}
