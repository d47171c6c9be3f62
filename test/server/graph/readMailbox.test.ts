import assert from "node:assert/strict";
import { withGraph } from "../../helpers/graphHarness.js";
import { readMailbox } from "../../../server/graph/readMailbox.js";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../../../server/simulators/graph/graphSimulator.js";
import type { FaultOptions } from "../../../server/simulators/graph/faults.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import { generateMailbox } from "../../../server/simulators/graph/mailbox.js";
import type { MailboxData } from "../../../server/core/mailbox/mailboxData.js";

const NOW = new Date("2026-11-20T08:00:00Z");

const read = (
  account: SimulatedAccount,
  faults?: Partial<FaultOptions>,
  tuning: { maxRetries?: number } = {}
): Promise<{ data: MailboxData; graph: GraphSimulator }> =>
  withGraph(
    { account, faults, tuning: { timeoutMs: 400, backoffMs: 5, maxRetries: 6, ...tuning } },
    async ({ client, graph }) => ({ data: await readMailbox(client), graph })
  );

/** The reading without what may change between two reads of the same mailbox (nothing here does). */
const summary = (data: MailboxData) => ({
  ...data,
  folders: [...data.folders].sort((a, b) => a.id.localeCompare(b.id)),
});

describe("reading a mailbox through Graph (server/graph/readMailbox)", function () {
  this.timeout(60000);

  it("reads every folder level by level without more than 4 requests in flight", async () => {
    const account: SimulatedAccount = { seed: generateMailbox({ total: 400, breadth: 20 }) };
    const { data, graph } = await read(account);
    assert.equal(
      data.folders.length,
      [...graph.mailboxOf(account).folders.values()].length - 1,
      "every folder but the root"
    );
    assert.ok(data.folders.every((folder) => typeof folder.sizeBytes === "number"));
    assert.ok(graph.stats.peakInFlight <= 4, `peak ${graph.stats.peakInFlight}`);
    assert.equal(data.foldersIncomplete, false);
  });

  it("recognises mail search folders (kind 'search') and tells every other folder apart as 'mail'", async () => {
    const { data } = await read({ seed: demoMailbox(NOW) });
    assert.deepEqual(
      data.folders.filter((folder) => folder.kind === "search").map((folder) => folder.displayName),
      ["Courrier volumineux"]
    );
    assert.equal(data.folders.filter((folder) => folder.kind === "mail").length, 14);
  });

  for (const seed of [1, 2, 3, 4]) {
    it(`answers every part under 30 % faults of every kind, as if there were none (seed ${seed})`, async () => {
      const account: SimulatedAccount = { seed: demoMailbox(NOW) };
      const clean = (await read(account)).data;
      const { data, graph } = await read(account, {
        rate: 0.3,
        seed,
        kinds: [
          "throttle",
          "unavailable",
          "malformed",
          "empty",
          "truncated",
          "timeout",
          "slowBody",
        ],
        retryAfterSeconds: 0,
        hangMs: 600,
      });
      assert.ok(graph.stats.faults > 0, "faults were injected");
      assert.deepEqual(summary(data), summary(clean));
    });
  }

  it("makes a part whose answer is malformed 'could not check', and reads the others", async () => {
    // The $batch envelope, then its first inner request (/me) answered 200 without a body.
    const { data } = await read(
      { seed: demoMailbox(NOW) },
      { script: [null, "empty"] },
      {
        maxRetries: 0,
      }
    );
    assert.deepEqual(data.user, { unavailable: "error" });
    assert.ok(Array.isArray(data.rules) && data.rules.length === 4);
    assert.equal(data.foldersIncomplete, false);
  });

  it("says the folder list is incomplete when a whole level cannot be read, instead of failing", async () => {
    const { data } = await read(
      { seed: demoMailbox(NOW) },
      { script: ["truncated"] },
      {
        maxRetries: 0,
      }
    );
    assert.equal(data.foldersIncomplete, true);
    assert.deepEqual(data.user, { unavailable: "error" });
  });
});
