import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import { GraphClient } from "../../../server/graph/graphClient.js";
import { createLimiter } from "../../../server/graph/limiter.js";
import { readMailbox } from "../../../server/graph/readMailbox.js";
import { applyRules } from "../../../server/graph/applyRules.js";
import { FolderResolver } from "../../../server/graph/folderResolver.js";
import {
  GraphSimulator,
  type GraphExchange,
  type SimulatedAccount,
} from "../../../server/simulators/graph/graphSimulator.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import { graphCsdl, type BoundAction, type TypeRef } from "./graphCsdl.js";
import { syntheticReader } from "../../helpers/syntheticPst.js";
import { planImport, summarize } from "../../../addin/src/pstImport/engine/importPlan.js";
import { runImport } from "../../../addin/src/pstImport/engine/importer.js";
import { MemoryJournal } from "../../../addin/src/pstImport/engine/journal.js";
import { GraphTransport } from "../../../addin/src/pstImport/engine/graphTransport.js";
import { Pacer, realClock } from "../../../addin/src/pstImport/engine/pacer.js";
import { OUTLOOK_LIMITS } from "@contracts/outlookLimits.js";

const GRAPH = "microsoft.graph";

/** Entities Graph returns whole when no $select is given (its docs: "All of the properties will be returned"). */
const RETURNED_WHOLE = new Set(
  ["mailFolder", "mailSearchFolder", "messageRule", "mailboxSettings", "message", "attachment"].map(
    (name) => `${GRAPH}.${name}`
  )
);

/** Every rule condition and action MailBridge's rule model has, so every predicate we send is exercised. */
const EVERY_RULE_FEATURE: Rule[] = [
  {
    name: "Everything at once",
    conditions: {
      fromAddresses: ["boss@example.com"],
      sentToAddresses: ["me@example.com"],
      subjectContains: ["invoice"],
      bodyContains: ["total due"],
      headerContains: ["X-Mailer: Billing"],
      hasAttachments: true,
    },
    exceptions: { subjectContains: ["draft"], receivedThroughAccount: "marie@gmail.com" },
    actions: {
      moveToFolder: ["Inbox", "Invoices"],
      copyToFolder: ["Archive", "Invoices"],
      markAsRead: true,
      assignCategories: ["Bills"],
      forwardTo: ["accountant@example.com"],
      stopProcessingRules: true,
    },
  },
  {
    name: "Gmail account",
    enabled: false,
    conditions: { receivedThroughAccount: "marie@gmail.com" },
    actions: { moveToFolder: ["Inbox", "Gmail"] },
  },
];

interface Traffic {
  graph: GraphSimulator;
  client: GraphClient;
  exchanges: GraphExchange[];
}

async function withTraffic<T>(run: (traffic: Traffic) => Promise<T>): Promise<T> {
  const exchanges: GraphExchange[] = [];
  const account: SimulatedAccount = { seed: demoMailbox(new Date("2026-11-20T08:00:00Z")) };
  const graph = new GraphSimulator({
    accounts: new Map([["t", account]]),
    onExchange: (exchange) => exchanges.push(exchange),
  });
  await graph.listen();
  const client = new GraphClient({
    baseUrl: graph.baseUrl,
    accessToken: async () => "t",
    limiter: createLimiter(4),
  });
  try {
    return await run({ graph, client, exchanges });
  } finally {
    await graph.close();
  }
}

/** Drives MailBridge's reads and writes, then reads every entity whole, as a client without $select would. */
async function exerciseEverything({ client }: Traffic): Promise<void> {
  await readMailbox(client);
  await applyRules(client, EVERY_RULE_FEATURE, true);
  await applyRules(client, EVERY_RULE_FEATURE, false);
  await new FolderResolver(client, { create: true }).resolve(["Projets", "2026", "Mars"]);
  await client.get("/me");
  await client.get("/me/mailboxSettings");
  await client.get("/me/mailFolders/inbox/messages?$top=3");
  await client.get("/me/mailFolders/inbox/messageRules");
  const walk = async (path: string): Promise<void> => {
    for (const folder of await client.getAll<{ id: string; childFolderCount: number }>(path)) {
      await client.get(`/me/mailFolders/${encodeURIComponent(folder.id)}`);
      if (folder.childFolderCount > 0)
        await walk(`/me/mailFolders/${encodeURIComponent(folder.id)}/childFolders?$top=999`);
    }
  };
  await walk("/me/mailFolders?$top=999");
}

/** Imports made-up mail with attachments of every size class, as the .pst importer does. */
async function importSomeMail({ graph }: Traffic): Promise<void> {
  const reader = syntheticReader([
    { subject: "with small attachments", attachments: [2000, 30_000] },
    { subject: "with a large one", attachments: [3_500_000] },
    { subject: "with one alone", attachments: [2_000_000, 2_500_000] },
  ]);
  const plan = planImport(summarize(reader), {
    folderIds: "all",
    years: "all",
    order: "newestFirst",
    target: { kind: "under", folderName: "Import" },
  });
  const signal = new AbortController().signal;
  const pacer = new Pacer(OUTLOOK_LIMITS);
  const transport = new GraphTransport({
    baseUrl: graph.baseUrl,
    accessToken: async () => "t",
    pacer,
    clock: realClock,
  });
  const outcome = await runImport({
    reader,
    plan,
    storeId: reader.storeId,
    journal: new MemoryJournal(),
    transport,
    clock: realClock,
    signal,
  });
  if (outcome.kind !== "finished") throw new Error(`import ${outcome.kind}`);
  // A resume looks every item up by key, and counts attachments.
  await runImport({
    reader,
    plan,
    storeId: reader.storeId,
    journal: new MemoryJournal(),
    transport,
    clock: realClock,
    signal,
  });
}

/** What the CSDL says about one answered request: its body, its answer and its query options. */
function problemsOf(exchange: GraphExchange): string[] {
  const csdl = graphCsdl();
  const where = `${exchange.method} ${exchange.path}`;
  const action = csdl.actionOf(exchange.path);
  if (action) return actionProblems(exchange, action);
  let target: TypeRef;
  try {
    target = csdl.resolvePath(exchange.path);
  } catch (error) {
    return [`${where}: ${(error as Error).message}`];
  }
  const element: TypeRef = { ...target, collection: false, nullable: false };
  const problems: string[] = [];
  for (const option of ["$select", "$expand"]) {
    const names = (exchange.query.get(option) ?? "")
      .split(/,(?![^(]*\))/)
      .map((name) => name.replace(/\(.*$/, "").trim())
      .filter(Boolean);
    const declared = csdl.properties(element.type);
    for (const name of names)
      if (!declared.has(name))
        problems.push(`${where}: ${option} names ${name}, not a property of ${element.type}`);
  }
  if (exchange.requestBody !== undefined)
    problems.push(...csdl.validate(exchange.requestBody, element, `${where} request`));
  if (exchange.status < 200 || exchange.status >= 300 || exchange.responseBody === undefined)
    return problems;
  const complete = !exchange.query.has("$select") && RETURNED_WHOLE.has(element.type);
  const body = exchange.responseBody as Record<string, unknown>;
  if (target.collection && exchange.method === "GET") {
    const extra = Object.keys(body).filter((key) => key !== "value" && !key.startsWith("@odata."));
    if (extra.length > 0)
      problems.push(`${where} answer: unexpected ${extra.join(", ")} beside value`);
    problems.push(...csdl.validate(body.value, target, `${where} answer.value`, { complete }));
  } else {
    problems.push(...csdl.validate(body, element, `${where} answer`, { complete }));
  }
  return problems;
}

/** A bound action's body holds its parameters; its answer is of its return type. */
function actionProblems(exchange: GraphExchange, action: BoundAction): string[] {
  const csdl = graphCsdl();
  const where = `${exchange.method} ${exchange.path}`;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(
    (exchange.requestBody ?? {}) as Record<string, unknown>
  )) {
    const parameter = action.parameters.get(name);
    if (!parameter) problems.push(`${where} request: ${action.name} has no parameter ${name}`);
    else problems.push(...csdl.validate(value, parameter, `${where} request.${name}`));
  }
  if (action.returns && exchange.status >= 200 && exchange.status < 300)
    problems.push(...csdl.validate(exchange.responseBody, action.returns, `${where} answer`));
  return problems;
}

describe("the Graph simulator and our Graph client, held against Graph's v1.0 CSDL", function () {
  this.timeout(60000);

  it("reads the CSDL with its inheritance, complex types, enums, collections and nullability", () => {
    const csdl = graphCsdl();
    const searchFolder = csdl.properties(`${GRAPH}.mailSearchFolder`);
    assert.equal(searchFolder.get("id")?.nullable, false, "id comes from entity, non-nullable");
    assert.equal(searchFolder.get("displayName")?.type, "Edm.String", "inherited from mailFolder");
    assert.deepEqual(
      { ...searchFolder.get("sourceFolderIds") },
      {
        name: "sourceFolderIds",
        navigation: false,
        type: "Edm.String",
        collection: true,
        nullable: true,
      }
    );
    assert.deepEqual(csdl.resolvePath("/me/mailFolders/inbox/messageRules"), {
      ...csdl.properties(`${GRAPH}.mailFolder`).get("messageRules"),
    });
    assert.ok(csdl.enumMembers(`${GRAPH}.automaticRepliesStatus`).has("alwaysEnabled"));
  });

  it("catches drift: an undeclared property, a wrong type, a null where none is allowed, an unknown enum member, a foreign @odata.type", () => {
    const csdl = graphCsdl();
    const folder = { type: `${GRAPH}.mailFolder`, collection: false, nullable: false };
    assert.deepEqual(
      csdl.validate(
        {
          id: "A",
          displayName: "Inbox",
          wellKnownName: "inbox",
          totalItemCount: "12",
          childFolderCount: 2 ** 31,
        },
        folder
      ),
      [
        "$.wellKnownName: microsoft.graph.mailFolder declares no such property",
        '$.totalItemCount: "12" is not an integer in [-2147483648, 2147483647] (Edm.Int32)',
        "$.childFolderCount: 2147483648 is not an integer in [-2147483648, 2147483647] (Edm.Int32)",
      ]
    );
    assert.deepEqual(csdl.validate({ id: null }, folder), [
      "$.id: null where Edm.String is not nullable",
    ]);
    assert.deepEqual(
      csdl.validate(
        { automaticRepliesSetting: { status: "Scheduled" } },
        { type: `${GRAPH}.mailboxSettings`, collection: false, nullable: true }
      ),
      [
        "$.automaticRepliesSetting.status: Scheduled is not a member of microsoft.graph.automaticRepliesStatus (disabled, alwaysEnabled, scheduled)",
      ]
    );
    assert.deepEqual(
      csdl.validate({ "@odata.type": "#microsoft.graph.message", id: "m" }, folder),
      ["$.@odata.type: microsoft.graph.message does not derive from microsoft.graph.mailFolder"]
    );
    assert.deepEqual(csdl.validate({ id: "A" }, folder, "$", { complete: true }).length, 6);
  });

  it("every request MailBridge sends and every answer the simulator gives match the CSDL, property by property", async () => {
    await withTraffic(async (traffic) => {
      await exerciseEverything(traffic);
      await importSomeMail(traffic);
      // Graph's folder, message and rule ids start like this (base64 of the entry id).
      const withIds = (path: string) => path.replace(/\/(AAMk|AQAAA)[^/]*/g, "/{id}");
      const seen = new Set(
        traffic.exchanges.map((exchange) => `${exchange.method} ${withIds(exchange.path)}`)
      );
      for (const expected of [
        "GET /me",
        "GET /me/mailboxSettings",
        "GET /me/mailFolders",
        "GET /me/mailFolders/{id}",
        "GET /me/mailFolders/{id}/childFolders",
        "GET /me/mailFolders/inbox/messages",
        "GET /me/mailFolders/inbox/messageRules",
        "POST /me/mailFolders/inbox/messageRules",
        "POST /me/mailFolders",
        "POST /me/mailFolders/{id}/childFolders",
        "POST /me/mailFolders/{id}/messages",
        "GET /me/mailFolders/{id}/messages",
        "GET /me/messages/{id}",
        "GET /me/messages/{id}/attachments",
        "POST /me/messages/{id}/attachments",
        "POST /me/messages/{id}/attachments/createUploadSession",
      ])
        assert.ok(seen.has(expected), `${expected} exercised (seen: ${[...seen].join(", ")})`);
      assert.deepEqual(traffic.exchanges.flatMap(problemsOf), []);
    });
  });

  it("the simulator takes a rule with every predicate and action the CSDL declares, and refuses any other property", async () => {
    const csdl = graphCsdl();
    await withTraffic(async ({ graph, client }) => {
      const inboxId = (await client.get<{ id: string }>("/me/mailFolders/inbox")).id;
      /** A valid value of a CSDL type; the only single strings in a rule are folder ids. */
      const sample = (ref: TypeRef): unknown => {
        const one = (): unknown => {
          if (csdl.isEnum(ref.type)) return [...csdl.enumMembers(ref.type)][0];
          if (csdl.isStructured(ref.type))
            return Object.fromEntries(
              [...csdl.properties(ref.type).values()].map((property) => [
                property.name,
                sample(property),
              ])
            );
          if (ref.type === "Edm.String") return ref.collection ? "Sample" : inboxId;
          if (ref.type === "Edm.Boolean") return true;
          if (ref.type === "Edm.Int32") return 1;
          throw new Error(`no sample for ${ref.type}`);
        };
        return ref.collection ? [one()] : one();
      };
      const rule = csdl.properties(`${GRAPH}.messageRule`);
      const body = {
        displayName: "Every property",
        sequence: 1,
        isEnabled: true,
        conditions: sample(rule.get("conditions")!),
        exceptions: sample(rule.get("exceptions")!),
        actions: sample(rule.get("actions")!),
      };
      const post = (payload: unknown) =>
        fetch(`${graph.baseUrl}/me/mailFolders/inbox/messageRules`, {
          method: "POST",
          headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
          body: JSON.stringify(payload),
        });
      const created = await post(body);
      assert.equal(created.status, 201, await created.clone().text());
      const answer = (await created.json()) as Record<string, Record<string, unknown>>;
      assert.deepEqual(
        csdl.validate(
          answer,
          { type: `${GRAPH}.messageRule`, collection: false, nullable: false },
          "$",
          {
            complete: true,
          }
        ),
        []
      );
      for (const part of ["conditions", "exceptions", "actions"] as const)
        assert.deepEqual(
          Object.keys(answer[part]!).sort(),
          Object.keys(body[part] as object).sort(),
          `${part}: nothing dropped`
        );

      const undeclared: [string, unknown][] = [
        ["messageRule", { ...body, notAProperty: 1 }],
        ["messageRulePredicates", { ...body, conditions: { notAProperty: ["x"] } }],
        ["messageRuleActions", { ...body, actions: { markAsRead: true, notAProperty: true } }],
        [
          "recipient",
          {
            ...body,
            actions: { forwardTo: [{ emailAddress: { address: "a@b.c" }, notAProperty: 1 }] },
          },
        ],
        [
          "emailAddress",
          {
            ...body,
            actions: { forwardTo: [{ emailAddress: { address: "a@b.c", notAProperty: 1 } }] },
          },
        ],
        ["sizeRange", { ...body, conditions: { withinSizeRange: { notAProperty: 1 } } }],
      ];
      for (const [type, payload] of undeclared) {
        const refused = await post(payload);
        assert.equal(refused.status, 400, type);
        const { error } = (await refused.json()) as { error: { code: string; message: string } };
        assert.equal(error.code, "RequestBodyRead", type);
        assert.match(
          error.message,
          new RegExp(`'notAProperty' does not exist on type 'microsoft\\.graph\\.${type}'`)
        );
      }
    });
  });
});
