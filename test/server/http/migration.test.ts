import assert from "node:assert/strict";
import type { ProgressPoll, ResolvedFolder } from "@contracts/migration.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import { progressOf, STALL_MS } from "../../../addin/src/migrate/progressMonitor.js";
import { MARIE, startLiveStack, type LiveStack } from "../../helpers/liveStack.js";

describe("POST /api/migrate/folders and /api/migrate/progress (live mode, Graph simulator)", function () {
  this.timeout(60000);
  let stack: LiveStack;
  let token: string;
  before(async () => {
    stack = await startLiveStack();
    token = await stack.identity.issueApiToken(MARIE);
  });
  after(() => stack.close());

  const post = async <T>(path: string, body: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${stack.app.url}/api${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  it("resolves destination folders (well-known names in English, others by name) and reports counts that match the mailbox", async () => {
    const { body } = await post<{ folders: ResolvedFolder[] }>("/migrate/folders", {
      paths: [["Inbox"], ["Archive", "2019"], ["Nope"]],
    });
    const [inbox, archive2019, missing] = body.folders;
    assert.ok(inbox!.id && archive2019!.id);
    assert.equal(missing!.id, null);
    const account = stack.accounts.get(MARIE.oid)!;
    stack.graph.growFolder(account, archive2019!.id!, 250, 50_000);
    stack.graph.resetStats();
    const poll = await post<ProgressPoll>("/migrate/progress", {
      folderIds: [inbox!.id, archive2019!.id],
    });
    assert.equal(poll.status, 200);
    const simulated = stack.graph.mailboxOf(account).folders;
    for (const reading of poll.body.folders) {
      assert.ok("items" in reading);
      assert.equal(reading.items, simulated.get(reading.id)!.totalItemCount);
      assert.equal(reading.sizeBytes, simulated.get(reading.id)!.sizeBytes);
    }
    assert.equal(stack.graph.stats.requests, 1, "one batched round trip per poll");
  });

  it("survives 30 % injected faults: every poll answers, each folder with its count or why not", async () => {
    const { body } = await post<{ folders: ResolvedFolder[] }>("/migrate/folders", {
      paths: [["Inbox"], ["Archive", "2020"]],
    });
    const ids = body.folders.map((folder) => folder.id!);
    stack.graph.setFaults({
      rate: 0.3,
      seed: 9,
      kinds: ["throttle", "unavailable", "malformed"],
      retryAfterSeconds: 0,
    });
    try {
      for (let poll = 0; poll < 15; poll++) {
        const result = await post<ProgressPoll>("/migrate/progress", { folderIds: ids });
        assert.equal(result.status, 200);
        for (const reading of result.body.folders) {
          if ("items" in reading)
            assert.equal(
              reading.items,
              stack.graph.mailboxOf(stack.accounts.get(MARIE.oid)!).folders.get(reading.id)!
                .totalItemCount
            );
          else assert.ok(["throttled", "error"].includes(reading.unavailable));
        }
      }
      assert.ok(stack.graph.stats.faults > 0);
    } finally {
      stack.graph.setFaults({});
      stack.accounts.set(MARIE.oid, { seed: demoMailbox(new Date()) });
    }
  });

  it("feeds the monitor real readings: progress while the folder grows, a stall once it stops for 15 minutes", async () => {
    const { body } = await post<{ folders: ResolvedFolder[] }>("/migrate/folders", {
      paths: [["Archive", "2021"]],
    });
    const id = body.folders[0]!.id!;
    const account = stack.accounts.get(MARIE.oid)!;
    const reading = async () => {
      const poll = (await post<ProgressPoll>("/migrate/progress", { folderIds: [id] })).body;
      const folder = poll.folders[0]!;
      assert.ok("items" in folder);
      return { at: Date.parse(poll.at), items: folder.items, sizeBytes: folder.sizeBytes };
    };
    const baseline = await reading();
    stack.graph.growFolder(account, id, 120, 60_000);
    const grown = await reading();
    const idle = await reading();
    const moving = progressOf(baseline, [grown], 600, grown.at);
    assert.deepEqual([moving.arrivedItems, moving.fraction, moving.stalled], [120, 0.2, false]);
    assert.equal(
      progressOf(baseline, [grown, idle], 600, grown.at + STALL_MS - 1000).stalled,
      false
    );
    assert.equal(progressOf(baseline, [grown, idle], 600, grown.at + STALL_MS).stalled, true);
  });

  // Needs the well-known-name lookup in server/graph/folderResolver.ts to ignore Object.prototype
  // (being fixed separately): until then these names reach Graph as "function Object()…" → 5xx.
  it("treats folder names like constructor, __proto__ or toString as ordinary names, never a 5xx", async () => {
    const names = [
      "constructor",
      "__proto__",
      "toString",
      "Constructor",
      "VALUEOF",
      "hasOwnProperty",
    ];
    const { status, body } = await post<{ folders: ResolvedFolder[] }>("/migrate/folders", {
      paths: [...names.map((name) => [name]), ["Inbox", "__proto__"]],
    });
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(
      body.folders.map((folder) => folder.id),
      names.map(() => null).concat([null]),
      "no such folders in the mailbox"
    );
  });

  it("rejects more than 20 folders per poll with a 400", async () => {
    const { status } = await post("/migrate/progress", {
      folderIds: Array.from({ length: 21 }, (_, index) => `f${index}`),
    });
    assert.equal(status, 400);
  });
});
