// Demo mode on a shared host: each visitor's demo mailbox is their own, over HTTP as the taskpane
// reaches it (X-MailBridge-Visitor, a UUID v4 the browser keeps).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { ApplyResponse } from "@contracts/ruleApply.js";
import type { ProgressPoll, ResolvedFolder } from "@contracts/migration.js";
import type { ServiceErrorBody } from "@contracts/serviceErrors.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";

describe("demo mode: one demo mailbox per visitor (HTTP)", function () {
  this.timeout(60000);
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const post = async <T>(path: string, body: unknown, visitor?: string) => {
    const response = await fetch(`${app.url}/api${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...(visitor === undefined ? {} : { "X-MailBridge-Visitor": visitor }),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const rules = [
    {
      name: "Orange → Orange",
      conditions: { sentToAddresses: ["marie@orange.fr"] },
      actions: { moveToFolder: ["Inbox", "Orange"] },
    },
  ];
  const statusOf = async (visitor: string | undefined) =>
    (await post<ApplyResponse>("/rules/apply", { rules, dryRun: true }, visitor)).body.rules[0]!
      .status;

  it("shows one visitor's applied rules to that visitor only", async () => {
    const alice = randomUUID();
    const bob = randomUUID();
    const applied = await post<ApplyResponse>("/rules/apply", { rules, dryRun: false }, alice);
    assert.equal(applied.body.rules[0]!.status, "created");
    assert.equal(await statusOf(alice), "exists");
    assert.equal(await statusOf(alice.toUpperCase()), "exists", "the id is not case-sensitive");
    assert.equal(await statusOf(bob), "create", "another visitor's mailbox is untouched");
    assert.equal(await statusOf(undefined), "create", "no id: a fresh mailbox");
  });

  it("fills one visitor's watched upload folder only", async () => {
    const alice = randomUUID();
    const bob = randomUUID();
    const resolve = async (visitor: string) =>
      (
        await post<{ folders: ResolvedFolder[] }>(
          "/migrate/folders",
          { paths: [["Archive", "2019"]] },
          visitor
        )
      ).body.folders[0]!.id!;
    const poll = async (visitor: string, id: string) => {
      const reading = (await post<ProgressPoll>("/migrate/progress", { folderIds: [id] }, visitor))
        .body.folders[0]!;
      assert.ok("items" in reading);
      return reading.items;
    };
    const aliceFolder = await resolve(alice);
    const start = await poll(alice, aliceFolder);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const later = await poll(alice, aliceFolder);
    assert.ok(later > start, `Alice's upload fills her folder (${start} → ${later})`);
    // Same demo content, so the same folder id: Bob's folder has not grown.
    const bobFolder = await resolve(bob);
    assert.equal(bobFolder, aliceFolder);
    assert.equal(await poll(bob, bobFolder), start);
  });

  it("refuses a visitor id that is not a UUID v4, naming the header", async () => {
    for (const bad of [
      "alice",
      "00000000-0000-0000-0000-000000000000",
      `${randomUUID()}x`,
      "__proto__",
    ]) {
      const response = await post<ServiceErrorBody>("/mailbox/diagnose", {}, bad);
      assert.equal(response.status, 400, bad);
      assert.equal(response.body.error.code, "invalid_visitor");
    }
  });
});
