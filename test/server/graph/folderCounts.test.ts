import assert from "node:assert/strict";
import { withGraph } from "../../helpers/graphHarness.js";
import type { GraphSimulator } from "../../../server/simulators/graph/graphSimulator.js";
import { GraphClient } from "../../../server/graph/graphClient.js";
import { readFolderCounts } from "../../../server/graph/folderCounts.js";
import { createLimiter } from "../../../server/graph/limiter.js";
import { readBody, startLoopbackServer } from "../../../server/simulators/loopbackServer.js";
import type { FaultOptions } from "../../../server/simulators/graph/faults.js";
import type { SimMailbox } from "../../../server/simulators/graph/mailbox.js";

const withCounts = <T>(
  run: (client: GraphClient, mailbox: SimMailbox, graph: GraphSimulator) => Promise<T>,
  faults?: Partial<FaultOptions>
): Promise<T> =>
  withGraph({ faults, tuning: { maxRetries: 0, timeoutMs: 300 } }, ({ client, mailbox, graph }) =>
    run(client, mailbox, graph)
  );

const byName = (mailbox: SimMailbox, name: string) =>
  [...mailbox.folders.values()].find((folder) => folder.displayName === name)!;

describe("upload progress readings (server/graph/folderCounts)", () => {
  it("reads each folder's count and size in one round trip", async () => {
    await withCounts(async (client, mailbox, graph) => {
      const factures = byName(mailbox, "Factures");
      graph.resetStats();
      assert.deepEqual(await readFolderCounts(client, [factures.id]), [
        { id: factures.id, items: factures.totalItemCount, sizeBytes: factures.sizeBytes },
      ]);
      assert.equal(graph.stats.requests, 1);
    });
  });

  it("reports an id with a lone surrogate, or of no folder, as missing instead of throwing", async () => {
    await withCounts(async (client) => {
      assert.deepEqual(await readFolderCounts(client, ["\ud800", "AAMk\udfffx", "nope"]), [
        { id: "\ud800", unavailable: "missing" },
        { id: "AAMk\udfffx", unavailable: "missing" },
        { id: "nope", unavailable: "missing" },
      ]);
    });
  });

  it("never reports a search folder's counts as progress", async () => {
    await withCounts(async (client, mailbox) => {
      const search = byName(mailbox, "Courrier volumineux");
      assert.deepEqual(await readFolderCounts(client, [search.id]), [
        { id: search.id, unavailable: "missing" },
      ]);
    });
  });

  it("reports an empty, cut or late answer for its folder (error, or busy when late), without throwing", async () => {
    for (const [script, expected] of [
      [["truncated"], "error"],
      [[null, "empty"], "error"],
      [["malformed"], "error"],
      [["slowBody"], "throttled"],
    ] as const)
      await withCounts(
        async (client, mailbox) => {
          const inbox = byName(mailbox, "Boîte de réception");
          const [reading] = await readFolderCounts(client, [inbox.id]);
          assert.deepEqual(reading, { id: inbox.id, unavailable: expected }, script.join());
        },
        { script: [...script], hangMs: 800 }
      );
  });

  it("reads a folder Graph sends without the size property (one that never held mail) as 0 bytes", async () => {
    await withCounts(async (_client, mailbox, graph) => {
      // Graph leaves singleValueExtendedProperties out when the folder has no such property.
      const proxy = await startLoopbackServer((req, res) => {
        void (async () => {
          const answer = await fetch(`${new URL(graph.baseUrl).origin}${req.url ?? "/"}`, {
            method: req.method,
            headers: {
              authorization: req.headers.authorization ?? "",
              "content-type": "application/json",
            },
            body: await readBody(req),
          });
          const batch = (await answer.json()) as {
            responses: { body: Record<string, unknown> }[];
          };
          for (const response of batch.responses)
            delete response.body.singleValueExtendedProperties;
          res
            .writeHead(answer.status, { "Content-Type": "application/json" })
            .end(JSON.stringify(batch));
        })();
      });
      try {
        const client = new GraphClient({
          baseUrl: `${proxy.url}/v1.0`,
          accessToken: async () => "t",
          limiter: createLimiter(4),
        });
        const factures = byName(mailbox, "Factures");
        assert.deepEqual(await readFolderCounts(client, [factures.id]), [
          { id: factures.id, items: factures.totalItemCount, sizeBytes: 0 },
        ]);
      } finally {
        await proxy.close();
      }
    });
  });
});
