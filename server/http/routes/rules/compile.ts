// POST /api/rules/compile: one rule set in, one artifact per target out, with what each target loses.
// The body is read here and everything else happens on a worker thread (compilePool.ts).
import { Router } from "express";
import { requestLocale } from "../../requestLocale.js";
import { COMPILE_BODY_LIMIT, COMPILE_OUTPUT_LIMIT } from "./compileRequest.js";
import { jsonBytes } from "../../jsonBody.js";
import type { RuleCompiler } from "./compilePool.js";
import { answerEncodingFor } from "./answerEncoding.js";

export function compileRoutes(compiler: RuleCompiler): Router {
  const router = Router();
  router.post("/rules/compile", jsonBytes(COMPILE_BODY_LIMIT), async (req, res) => {
    const encoding = answerEncodingFor(req.headers);
    const answer = await compiler.compile({
      body: req.body as Buffer | undefined,
      fallbackLocale: requestLocale(req),
      maxOutputBytes: COMPILE_OUTPUT_LIMIT,
      encoding,
    });
    // Sent as the worker made them: no ETag to hash over megabytes on this thread (no-store anyway).
    res.vary("Accept-Encoding").type("application/json");
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", answer.byteLength);
    res.end(answer);
  });
  return router;
}
