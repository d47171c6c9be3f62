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
import { GraphClient } from "../../../server/graph/graphClient.js";
import { createLimiter } from "../../../server/graph/limiter.js";
import { batchAnswer, scriptedGraph, type ScriptedGraph } from "./scriptedGraph.js";

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

  describe("on the wire (exact answers from a scripted Graph)", () => {
    /** A folder listing as Graph asks for it: 999 a page, the size property in the same call. */
    const LISTING =
      "$top=999&$select=id,displayName,parentFolderId,childFolderCount,totalItemCount" +
      "&$expand=singleValueExtendedProperties($filter=id%20eq%20'Long%200x0E08')";
    const NEWEST =
      "/me/mailFolders/inbox/messages?$top=1&$select=receivedDateTime&$orderby=receivedDateTime%20desc";
    const folder = (id: string, parentFolderId: string, more: Record<string, unknown> = {}) => ({
      id,
      displayName: `Folder ${id}`,
      parentFolderId,
      ...more,
    });
    const page = (value: unknown[], nextLink?: string) => ({
      status: 200,
      body: { value, ...(nextLink ? { "@odata.nextLink": nextLink } : {}) },
    });
    /** null: Graph leaves the request out of its $batch answer. */
    type Answer = { status: number; body?: unknown } | null;
    const refused = (status: number): Answer => ({
      status,
      body: { error: { code: `status${status}`, message: "" } },
    });

    /** Answers each inner request by its exact URL; anything else is Graph's 404. */
    async function readOnWire(
      answers: (origin: string) => Record<string, Answer>,
      trace?: { roundTrips: number }
    ): Promise<{ data: MailboxData; server: ScriptedGraph }> {
      let routes: Record<string, Answer> = {};
      const server = await scriptedGraph([
        batchAnswer((inner) => {
          const answer = inner.url in routes ? routes[inner.url] : refused(404);
          return answer ? { id: inner.id, ...answer } : null;
        }),
      ]);
      routes = answers(server.baseUrl);
      try {
        const client = new GraphClient({
          baseUrl: server.baseUrl,
          accessToken: async () => "t",
          limiter: createLimiter(4),
          maxRetries: 0,
        });
        return { data: await readMailbox(client, trace), server };
      } finally {
        await server.close();
      }
    }

    const wellKnown = (ids: Partial<Record<string, Answer>>) =>
      Object.fromEntries(
        ["inbox", "sentitems", "drafts", "deleteditems", "junkemail", "archive"].map((name) => [
          `/me/mailFolders/${name}?$select=id`,
          ids[name] ?? refused(404),
        ])
      );

    const everyPart = (): Record<string, Answer> => ({
      "/me?$select=displayName,mail,userPrincipalName": {
        status: 200,
        body: { displayName: "Marie", mail: "marie@outlook.fr" },
      },
      [`/me/mailFolders?${LISTING}`]: page([]),
      [NEWEST]: page([]),
      "/me/mailFolders/inbox/messageRules": page([]),
      "/me/mailboxSettings": { status: 200, body: {} },
    });

    it("asks for everything the checks need in one first $batch", async () => {
      const { server } = await readOnWire(() => everyPart());
      assert.equal(server.requests.length, 1);
      assert.deepEqual(
        server.requests[0]!.inner.map((inner) => [inner.id, inner.method, inner.url]),
        [
          ["me", "GET", "/me?$select=displayName,mail,userPrincipalName"],
          ["folders", "GET", `/me/mailFolders?${LISTING}`],
          ["newest", "GET", NEWEST],
          ["rules", "GET", "/me/mailFolders/inbox/messageRules"],
          ["settings", "GET", "/me/mailboxSettings"],
          ...["inbox", "sentitems", "drafts", "deleteditems", "junkemail", "archive"].map(
            (name) => [`wk-${name}`, "GET", `/me/mailFolders/${name}?$select=id`]
          ),
          ...["inbox", "archive", "sentitems", "deleteditems"].map((name) => [
            `early-${name}`,
            "GET",
            `/me/mailFolders/${name}/childFolders?${LISTING}`,
          ]),
        ]
      );
    });

    it("walks every folder level, uses the early listings it can place, and counts its round trips", async () => {
      const trace = { roundTrips: 0 };
      const { data, server } = await readOnWire(
        (base) => ({
          ...everyPart(),
          // Personal accounts: no mail property, no display name.
          "/me?$select=displayName,mail,userPrincipalName": {
            status: 200,
            body: { displayName: null, mail: null, userPrincipalName: "marie@outlook.fr" },
          },
          [`/me/mailFolders?${LISTING}`]: page(
            [
              folder("IN", "ROOT", {
                childFolderCount: 1,
                totalItemCount: 3,
                singleValueExtendedProperties: [
                  {
                    id: "String {00020329-0000-0000-C000-000000000046} Name Colour",
                    value: "blue",
                  },
                  { id: "Long 0xe08", value: "2048" },
                ],
              }),
              folder("AR", "ROOT", {
                childFolderCount: 2,
                totalItemCount: 0,
                singleValueExtendedProperties: [{ id: "Long 0x0E08", value: "0" }],
              }),
              folder("SF", "ROOT", {
                "@odata.type": "#microsoft.graph.mailSearchFolder",
                childFolderCount: 0,
              }),
              folder("P/1", "ROOT", {
                "@odata.type": "#microsoft.graph.mailFolder",
                childFolderCount: 1,
                totalItemCount: 5,
                singleValueExtendedProperties: [{ id: "Long 0x0E08", value: "n/a" }],
              }),
              folder("SENT", "ROOT", { childFolderCount: 1 }),
              folder("DEL", "ROOT", { childFolderCount: 1 }),
            ],
            `${base}/me/mailFolders?$skiptoken=2`
          ),
          [`/me/mailFolders?$skiptoken=2`]: page([
            folder("ZZ", "ROOT", { singleValueExtendedProperties: [] }),
          ]),
          ...wellKnown({
            inbox: { status: 200, body: { id: "IN" } },
            archive: { status: 200, body: { id: "AR" } },
            // Its lookup throttled: the early listing cannot be placed, SENT is listed by id.
            sentitems: refused(429),
            deleteditems: { status: 200, body: { id: "DEL" } },
            junkemail: { status: 200, body: { id: 5 } },
          }),
          [`/me/mailFolders/inbox/childFolders?${LISTING}`]: page([folder("IN-1", "IN")]),
          [`/me/mailFolders/archive/childFolders?${LISTING}`]: page(
            [folder("AR-2019", "AR", { childFolderCount: 0 })],
            `${base}/me/mailFolders/AR/childFolders?$skiptoken=1`
          ),
          [`/me/mailFolders/AR/childFolders?$skiptoken=1`]: page([
            folder("AR-2020", "AR", { childFolderCount: 1 }),
          ]),
          [`/me/mailFolders/AR-2020/childFolders?${LISTING}`]: page([
            folder("AR-2020-01", "AR-2020"),
          ]),
          [`/me/mailFolders/sentitems/childFolders?${LISTING}`]: page([folder("SENT-1", "SENT")]),
          [`/me/mailFolders/SENT/childFolders?${LISTING}`]: page([folder("SENT-1", "SENT")]),
          // The early listing of deleted items failed: DEL is listed by id instead.
          [`/me/mailFolders/deleteditems/childFolders?${LISTING}`]: refused(503),
          [`/me/mailFolders/DEL/childFolders?${LISTING}`]: page([folder("DEL-1", "DEL")]),
          [`/me/mailFolders/P%2F1/childFolders?${LISTING}`]: page([folder("P-1", "P/1")]),
        }),
        trace
      );
      const mail = (id: string, parentFolderId: string, more: Record<string, unknown> = {}) => ({
        id,
        displayName: `Folder ${id}`,
        parentFolderId,
        kind: "mail",
        wellKnownName: null,
        totalItemCount: 0,
        sizeBytes: null,
        ...more,
      });
      assert.deepEqual(data.user, { displayName: "", mail: "marie@outlook.fr" });
      assert.deepEqual(
        [...data.folders].sort((a, b) => a.id.localeCompare(b.id)),
        [
          mail("AR", "ROOT", { wellKnownName: "archive", sizeBytes: 0 }),
          mail("AR-2019", "AR"),
          mail("AR-2020", "AR"),
          mail("AR-2020-01", "AR-2020"),
          mail("DEL", "ROOT", { wellKnownName: "deleteditems" }),
          mail("DEL-1", "DEL"),
          mail("IN", "ROOT", { wellKnownName: "inbox", totalItemCount: 3, sizeBytes: 2048 }),
          mail("IN-1", "IN"),
          mail("P-1", "P/1"),
          mail("P/1", "ROOT", { totalItemCount: 5 }),
          mail("SENT", "ROOT"),
          mail("SENT-1", "SENT"),
          mail("SF", "ROOT", { kind: "search" }),
          mail("ZZ", "ROOT"),
        ]
      );
      assert.equal(data.foldersIncomplete, false);
      assert.equal(trace.roundTrips, 3);
      assert.ok(
        server.requests.every((request) => request.inner.every((inner) => inner.method === "GET")),
        "reads only"
      );
      assert.equal(server.requests.length, 3);
      assert.deepEqual(
        server.requests[2]!.inner.map((inner) => inner.url),
        [`/me/mailFolders/AR-2020/childFolders?${LISTING}`]
      );
    });

    it("reads the newest inbox message, the rules with their defaults, and the settings without annotations", async () => {
      const { data } = await readOnWire(() => ({
        ...everyPart(),
        [NEWEST]: page([
          { receivedDateTime: "2026-11-19T10:00:00Z" },
          { receivedDateTime: "2026-11-01T10:00:00Z" },
        ]),
        "/me/mailFolders/inbox/messageRules": page([
          { id: "r1", displayName: "Gmail", actions: { moveToFolder: "AR" } },
          { id: "r2", displayName: "Off", isEnabled: false, hasError: true, actions: null },
          { id: "r3", displayName: "On", isEnabled: true, hasError: false },
        ]),
        "/me/mailboxSettings": {
          status: 200,
          body: {
            "@odata.context":
              "https://graph.microsoft.com/v1.0/$metadata#users('x')/mailboxSettings",
            timeZone: "Romance Standard Time",
            language: { locale: "fr-FR" },
          },
        },
      }));
      assert.deepEqual(data.newestInboxMessage, { receivedDateTime: "2026-11-19T10:00:00Z" });
      assert.deepEqual(data.rules, [
        {
          id: "r1",
          displayName: "Gmail",
          isEnabled: true,
          hasError: false,
          actions: { moveToFolder: "AR" },
        },
        { id: "r2", displayName: "Off", isEnabled: false, hasError: true, actions: {} },
        { id: "r3", displayName: "On", isEnabled: true, hasError: false, actions: {} },
      ]);
      assert.deepEqual(data.mailboxSettings, {
        timeZone: "Romance Standard Time",
        language: { locale: "fr-FR" },
      });
      assert.deepEqual(data.user, { displayName: "Marie", mail: "marie@outlook.fr" });
    });

    it("reads an empty inbox as no newest message, and a user without any address as empty", async () => {
      const { data } = await readOnWire(() => ({
        ...everyPart(),
        "/me?$select=displayName,mail,userPrincipalName": { status: 200, body: {} },
      }));
      assert.deepEqual(data.newestInboxMessage, { receivedDateTime: null });
      assert.deepEqual(data.user, { displayName: "", mail: "" });
      assert.deepEqual(data.rules, []);
      assert.deepEqual(data.mailboxSettings, {});
      assert.deepEqual(data.folders, []);
      assert.equal(data.foldersIncomplete, false);
    });

    for (const [answer, expected] of [
      [null, "error"],
      [refused(401), "denied"],
      [refused(403), "denied"],
      [refused(429), "throttled"],
      [refused(503), "throttled"],
      [refused(504), "throttled"],
      [refused(404), "error"],
      [refused(500), "error"],
      [{ status: 300, body: { value: [] } }, "error"],
      [{ status: 200, body: { value: "none", mail: 5 } }, "error"],
    ] as const)
      it(`makes a part ${answer ? `answered ${answer.status}${answer.status === 200 ? " in another shape" : ""}` : "left unanswered"} "${expected}", and reads the others`, async () => {
        const { data } = await readOnWire(() => ({
          ...everyPart(),
          "/me?$select=displayName,mail,userPrincipalName": answer,
          [NEWEST]: answer,
          "/me/mailFolders/inbox/messageRules": answer,
        }));
        assert.deepEqual(data.user, { unavailable: expected });
        assert.deepEqual(data.newestInboxMessage, { unavailable: expected });
        assert.deepEqual(data.rules, { unavailable: expected });
        assert.deepEqual(data.mailboxSettings, {});
      });

    it("says the folder list is incomplete when a level is refused or a next link is not ours, and keeps what it read", async () => {
      const { data, server } = await readOnWire(() => ({
        ...everyPart(),
        [`/me/mailFolders?${LISTING}`]: refused(500),
        ...wellKnown({ inbox: { status: 200, body: { id: "IN" } } }),
        [`/me/mailFolders/inbox/childFolders?${LISTING}`]: page(
          [folder("IN-1", "IN")],
          "https://elsewhere.example/v1.0/me/mailFolders/IN/childFolders?$skiptoken=1"
        ),
      }));
      assert.equal(data.foldersIncomplete, true);
      assert.deepEqual(
        data.folders.map((info) => info.id),
        ["IN-1"]
      );
      assert.equal(server.requests.length, 1);
    });
  });
});
