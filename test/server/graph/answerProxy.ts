// Graph's answers as Graph may give them but our simulator never does: a proxy on a loopback port
// forwards each request to the simulator and lets a test rewrite the JSON answer before our client
// reads it (a property Graph leaves out, an entry that is not what the type says).
import { GraphClient } from "../../../server/graph/graphClient.js";
import { createLimiter } from "../../../server/graph/limiter.js";
import type { GraphSimulator } from "../../../server/simulators/graph/graphSimulator.js";
import { readBody, startLoopbackServer } from "../../../server/simulators/loopbackServer.js";

/** Changes an answer (parsed JSON) to the request at `path` (below /v1.0, query included). */
export type AnswerRewrite = (path: string, answer: Record<string, unknown>) => void;

export async function withAnswerProxy<T>(
  graph: GraphSimulator,
  rewrite: AnswerRewrite,
  run: (client: GraphClient) => Promise<T>
): Promise<T> {
  const target = new URL(graph.baseUrl).origin;
  const proxy = await startLoopbackServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const answer = await fetch(`${target}${req.url ?? "/"}`, {
        method: req.method,
        headers: {
          authorization: req.headers.authorization ?? "",
          "content-type": "application/json",
        },
        ...(body ? { body } : {}),
      });
      const json = (await answer.json()) as Record<string, unknown>;
      rewrite((req.url ?? "").replace(/^\/v1\.0/, ""), json);
      res
        .writeHead(answer.status, { "Content-Type": "application/json" })
        .end(JSON.stringify(json));
    })();
  });
  try {
    return await run(
      new GraphClient({
        baseUrl: `${proxy.url}/v1.0`,
        accessToken: async () => "t",
        limiter: createLimiter(4),
      })
    );
  } finally {
    await proxy.close();
  }
}
