import assert from "node:assert/strict";
import { withGraph } from "../../helpers/graphHarness.js";
import type { GraphSimulator } from "../../../server/simulators/graph/graphSimulator.js";
import { GraphClient } from "../../../server/graph/graphClient.js";
import { readFolderCounts } from "../../../server/graph/folderCounts.js";
import { withAnswerProxy, type AnswerRewrite } from "./answerProxy.js";
import type { FaultOptions } from "../../../server/simulators/graph/faults.js";
import type { SimMailbox } from "../../../server/simulators/graph/mailbox.js";

// Generous time per request: the suite runs on busy machines; a late answer is held longer still.
const withCounts = <T>(
  run: (client: GraphClient, mailbox: SimMailbox, graph: GraphSimulator) => Promise<T>,
  faults?: Partial<FaultOptions>
): Promise<T> =>
  withGraph({ faults, tuning: { maxRetries: 0, timeoutMs: 1500 } }, ({ client, mailbox, graph }) =>
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
        { script: [...script], hangMs: 3000 }
      );
  });

  it("reads a folder Graph sends without the size property (one that never held mail) as 0 bytes", async () => {
    await withCounts(async (_client, mailbox, graph) => {
      // Graph leaves singleValueExtendedProperties out when the folder has no such property.
      const withoutSize: AnswerRewrite = (_path, answer) => {
        for (const response of answer.responses as { body: Record<string, unknown> }[])
          delete response.body.singleValueExtendedProperties;
      };
      await withAnswerProxy(graph, withoutSize, async (client) => {
        const factures = byName(mailbox, "Factures");
        assert.deepEqual(await readFolderCounts(client, [factures.id]), [
          { id: factures.id, items: factures.totalItemCount, sizeBytes: 0 },
        ]);
      });
    });
  });
});
