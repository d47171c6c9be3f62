import assert from "node:assert/strict";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../../../server/simulators/graph/graphSimulator.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import { generateMailbox } from "../../../server/simulators/graph/mailbox.js";

describe("Graph simulator wire format (server/simulators/graph)", () => {
  let graph: GraphSimulator;
  const consumer: SimulatedAccount = { seed: demoMailbox(), denyRulesAndSettings: true };
  const big: SimulatedAccount = { seed: generateMailbox({ total: 60, breadth: 25 }) };
  before(async () => {
    graph = new GraphSimulator({
      accounts: new Map([
        ["t-consumer", consumer],
        ["t-big", big],
      ]),
    });
    await graph.listen();
  });
  after(() => graph.close());

  const get = async (path: string, token = "t-big") => {
    const response = await fetch(`${graph.baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  };

  it("pages folder listings 10 at a time by default, with an absolute @odata.nextLink", async () => {
    const archive = (await get("/me/mailFolders/archive")).body;
    const first = await get(`/me/mailFolders/${archive.id as string}/childFolders`);
    assert.equal((first.body.value as unknown[]).length, 10);
    const next = first.body["@odata.nextLink"] as string;
    assert.match(
      next,
      /^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/me\/mailFolders\/.+\/childFolders\?.*%24skip=10/
    );
    const second = await fetch(next, { headers: { Authorization: "Bearer t-big" } });
    assert.equal(((await second.json()) as { value: unknown[] }).value.length, 10);
  });

  it("returns the folder size extended property as a string when expanded, and honours $select", async () => {
    const { body } = await get(
      "/me/mailFolders?$top=50&$select=displayName&$expand=singleValueExtendedProperties($filter=id%20eq%20'Long%200x0E08')",
      "t-consumer"
    );
    const inbox = (body.value as Record<string, unknown>[]).find(
      (folder) => folder.displayName === "Boîte de réception"
    )!;
    assert.deepEqual(Object.keys(inbox).sort(), [
      "displayName",
      "id",
      "singleValueExtendedProperties",
    ]);
    const [property] = inbox.singleValueExtendedProperties as { id: string; value: unknown }[];
    assert.equal(property!.id, "Long 0xe08");
    assert.equal(typeof property!.value, "string");
  });

  it("answers 403 ErrorAccessDenied to rules and settings on a restricted consumer mailbox, in Graph's error shape", async () => {
    for (const path of ["/me/mailFolders/inbox/messageRules", "/me/mailboxSettings"]) {
      const { status, body } = await get(path, "t-consumer");
      assert.equal(status, 403);
      const error = body.error as {
        code: string;
        message: string;
        innerError: Record<string, string>;
      };
      assert.equal(error.code, "ErrorAccessDenied");
      assert.ok(error.innerError["request-id"]);
    }
  });

  it("refuses requests without a known token (401 InvalidAuthenticationToken)", async () => {
    const { status, body } = await get("/me", "nope");
    assert.equal(status, 401);
    assert.equal((body.error as { code: string }).code, "InvalidAuthenticationToken");
  });

  it("runs $batch with inner URLs with or without /v1.0, and refuses more than 20 requests", async () => {
    const post = (requests: unknown[]) =>
      fetch(`${graph.baseUrl}/$batch`, {
        method: "POST",
        headers: { Authorization: "Bearer t-big", "Content-Type": "application/json" },
        body: JSON.stringify({ requests }),
      });
    const response = await post([
      { id: "1", method: "GET", url: "/me" },
      { id: "2", method: "GET", url: "/v1.0/me/mailFolders/inbox" },
      { id: "3", method: "GET", url: "me/mailFolders/nope" },
    ]);
    const { responses } = (await response.json()) as {
      responses: { id: string; status: number; body: Record<string, unknown> }[];
    };
    assert.deepEqual(
      responses.map((inner) => [inner.id, inner.status]),
      [
        ["1", 200],
        ["2", 200],
        ["3", 404],
      ]
    );
    const tooMany = await post(
      Array.from({ length: 21 }, (_, index) => ({ id: String(index), method: "GET", url: "/me" }))
    );
    assert.equal(tooMany.status, 400);
  });

  it("throttles deterministically with a seed: 429 with Retry-After", async () => {
    const throttling = new GraphSimulator({
      accounts: new Map([["t", big]]),
      faults: { rate: 1, seed: 7, kinds: ["throttle"], retryAfterSeconds: 3 },
    });
    await throttling.listen();
    try {
      const response = await fetch(`${throttling.baseUrl}/me`, {
        headers: { Authorization: "Bearer t" },
      });
      assert.equal(response.status, 429);
      assert.equal(response.headers.get("retry-after"), "3");
    } finally {
      await throttling.close();
    }
  });
});
