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

  const post = async (path: string, body: unknown, token = "t-big") => {
    const response = await fetch(`${graph.baseUrl}${path}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const errorOf = (body: Record<string, unknown>) =>
    body.error as { code: string; message: string; innerError: Record<string, string> };

  describe("POST /me/mailFolders/inbox/messageRules, as Graph's docs describe it", () => {
    const RULES = "/me/mailFolders/inbox/messageRules";

    it("replays the documented example: strings come back upper-cased, isReadOnly and hasError added", async () => {
      // mailfolder-post-messagerules.md: the request and the response it documents.
      const { status, body } = await post(RULES, {
        displayName: "From partner",
        sequence: 2,
        isEnabled: true,
        conditions: { senderContains: ["adele"] },
        actions: {
          forwardTo: [
            { emailAddress: { name: "Alex Wilbur", address: "AlexW@contoso.onmicrosoft.com" } },
          ],
          stopProcessingRules: true,
        },
      });
      assert.equal(status, 201);
      const { id, ...rest } = body;
      assert.match(String(id), /^[A-Za-z0-9_-]{16,}/);
      assert.deepEqual(rest, {
        displayName: "From partner",
        sequence: 2,
        isEnabled: true,
        hasError: false,
        isReadOnly: false,
        conditions: { senderContains: ["ADELE"] },
        actions: {
          stopProcessingRules: true,
          forwardTo: [
            { emailAddress: { name: "Alex Wilbur", address: "AlexW@contoso.onmicrosoft.com" } },
          ],
        },
      });
    });

    it("names a recipient given without a name after its address, and upper-cases every '…Contains' string", async () => {
      const { body } = await post(RULES, {
        displayName: "Normalised",
        sequence: 3,
        conditions: {
          subjectContains: ["Facture"],
          bodyContains: ["total dû"],
          headerContains: ["X-Mailer: Billing"],
          fromAddresses: [{ emailAddress: { address: "Billing@Example.com" } }],
          categories: ["Bills"],
        },
        actions: {
          assignCategories: ["Bills"],
          forwardTo: [{ emailAddress: { address: "a@b.fr" } }],
        },
      });
      assert.deepEqual(body.conditions, {
        subjectContains: ["FACTURE"],
        bodyContains: ["TOTAL DÛ"],
        headerContains: ["X-MAILER: BILLING"],
        fromAddresses: [
          { emailAddress: { name: "Billing@Example.com", address: "Billing@Example.com" } },
        ],
        categories: ["Bills"],
      });
      assert.deepEqual(body.actions, {
        assignCategories: ["Bills"],
        forwardTo: [{ emailAddress: { name: "a@b.fr", address: "a@b.fr" } }],
      });
      assert.equal(body.isEnabled, true, "enabled unless said otherwise");
    });

    it("requires displayName, sequence and a non-empty actions, in Graph's error shape", async () => {
      const complete = { displayName: "R", sequence: 1, actions: { markAsRead: true } };
      const before = graph.mailboxOf(big).rules.length;
      for (const [what, body] of [
        ["no displayName", { ...complete, displayName: undefined }],
        ["no sequence", { ...complete, sequence: undefined }],
        ["no actions", { ...complete, actions: undefined }],
        ["empty actions", { ...complete, actions: {} }],
      ] as const) {
        const { status, body: answer } = await post(RULES, body);
        assert.equal(status, 400, what);
        const error = errorOf(answer);
        assert.equal(error.code, "ErrorInboxRulesValidationError", what);
        assert.ok(error.message && error.innerError["request-id"], what);
      }
      const wrongType = await post(RULES, { ...complete, sequence: "first" });
      assert.deepEqual([wrongType.status, errorOf(wrongType.body).code], [400, "RequestBodyRead"]);
      assert.equal(graph.mailboxOf(big).rules.length, before, "nothing stored");
    });

    it("refuses object-property names (constructor, __proto__, toString) as undeclared properties", async () => {
      for (const name of ["constructor", "__proto__", "toString"]) {
        // Raw JSON: an object literal's "__proto__" would not be sent as a property.
        const body = `{"displayName":"R","sequence":1,"conditions":{"${name}":["x"]},"actions":{"${name}":true}}`;
        const response = await fetch(`${graph.baseUrl}${RULES}`, {
          method: "POST",
          headers: { Authorization: "Bearer t-big", "Content-Type": "application/json" },
          body,
        });
        assert.equal(response.status, 400, name);
        const { error } = (await response.json()) as { error: { code: string; message: string } };
        assert.equal(error.code, "RequestBodyRead", name);
        assert.match(error.message, new RegExp(`'${name}' does not exist`), name);
      }
    });

    it("keeps folder ids in folder actions; a name is not an id (400) and an id of no folder is not found (404)", async () => {
      const archive = (await get("/me/mailFolders/archive")).body;
      const kept = await post(RULES, {
        displayName: "To archive",
        sequence: 4,
        actions: { moveToFolder: archive.id, copyToFolder: archive.id },
      });
      assert.equal(kept.status, 201);
      assert.deepEqual(kept.body.actions, { moveToFolder: archive.id, copyToFolder: archive.id });
      const byName = await post(RULES, {
        displayName: "x",
        sequence: 5,
        actions: { moveToFolder: "archive" },
      });
      assert.deepEqual(
        [byName.status, errorOf(byName.body).code],
        [400, "ErrorInvalidIdMalformed"]
      );
      const gone = await post(RULES, {
        displayName: "x",
        sequence: 5,
        actions: { copyToFolder: "AAMkADeletedFolderThatNoLongerExists=" },
      });
      assert.deepEqual([gone.status, errorOf(gone.body).code], [404, "ErrorItemNotFound"]);
    });
  });

  it("lists mail search folders among folders, typed #microsoft.graph.mailSearchFolder even under $select", async () => {
    for (const query of ["?$top=50", "?$top=50&$select=displayName"]) {
      const { body } = await get(`/me/mailFolders${query}`, "t-consumer");
      const search = (body.value as Record<string, unknown>[]).filter(
        (folder) => folder["@odata.type"] === "#microsoft.graph.mailSearchFolder"
      );
      assert.deepEqual(
        search.map((folder) => folder.displayName),
        ["Courrier volumineux"],
        query
      );
    }
    const { body } = await get("/me/mailFolders?$top=50", "t-consumer");
    const search = (body.value as Record<string, unknown>[]).find(
      (folder) => folder.displayName === "Courrier volumineux"
    )!;
    assert.equal(search.isSupported, true);
    assert.equal((search.sourceFolderIds as string[]).length, 3);
  });

  it("serves the demo mailbox's rules the way Graph returns rules: folder ids, isReadOnly, hasError", async () => {
    const demo: SimulatedAccount = { seed: demoMailbox() };
    const rulesOf = new GraphSimulator({ accounts: new Map([["t", demo]]) });
    await rulesOf.listen();
    try {
      const response = await fetch(`${rulesOf.baseUrl}/me/mailFolders/inbox/messageRules`, {
        headers: { Authorization: "Bearer t" },
      });
      const { value } = (await response.json()) as { value: Record<string, unknown>[] };
      const folders = rulesOf.mailboxOf(demo).folders;
      assert.ok(
        value.every((rule) => rule.isReadOnly === false && typeof rule.hasError === "boolean")
      );
      const moving = value.filter((rule) => (rule.actions as Record<string, unknown>).moveToFolder);
      assert.deepEqual(
        moving.map((rule) => [
          rule.displayName,
          rule.hasError,
          folders.get((rule.actions as Record<string, string>).moveToFolder!)?.displayName ??
            "(deleted folder)",
        ]),
        [
          ["Newsletters → Indésirables", false, "Courrier indésirable"],
          ["Factures EDF", true, "(deleted folder)"],
        ]
      );
      assert.deepEqual((value[1]!.conditions as Record<string, unknown>).subjectContains, [
        "NEWSLETTER",
      ]);
    } finally {
      await rulesOf.close();
    }
  });

  it("returns Graph's default user properties, or only those $select names", async () => {
    const full = (await get("/me")).body;
    assert.deepEqual(
      Object.keys(full)
        .filter((key) => !key.startsWith("@"))
        .sort(),
      [
        "businessPhones",
        "displayName",
        "givenName",
        "id",
        "jobTitle",
        "mail",
        "mobilePhone",
        "officeLocation",
        "preferredLanguage",
        "surname",
        "userPrincipalName",
      ]
    );
    const selected = (await get("/me?$select=displayName,mail")).body;
    assert.deepEqual(
      Object.keys(selected)
        .filter((key) => !key.startsWith("@"))
        .sort(),
      ["displayName", "mail"]
    );
  });
});

describe("Graph simulator: a mailbox bounded in what can be imported into it", () => {
  it("refuses a message or an attachment beyond the bound with 403 ErrorQuotaExceeded, keeps the rest", async () => {
    const account: SimulatedAccount = { seed: demoMailbox() };
    const graph = new GraphSimulator({
      accounts: new Map([["t", account]]),
      limits: { rules: 10, folders: 10, importedBytes: 50_000 },
    });
    await graph.listen();
    try {
      const post = (path: string, body: unknown) =>
        fetch(`${graph.baseUrl}${path}`, {
          method: "POST",
          headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
      const message = {
        subject: "Facture",
        body: { contentType: "text", content: "x".repeat(20_000) },
      };
      const first = await post("/me/mailFolders/inbox/messages", message);
      assert.equal(first.status, 201);
      const { id } = (await first.json()) as { id: string };
      const attachment = (size: number) => ({
        "@odata.type": "#microsoft.graph.fileAttachment",
        name: "scan.pdf",
        contentBytes: Buffer.alloc(size, 1).toString("base64"),
      });
      assert.equal((await post(`/me/messages/${id}/attachments`, attachment(10_000))).status, 201);
      const tooBig = await post(`/me/messages/${id}/attachments`, attachment(30_000));
      assert.equal(tooBig.status, 403);
      assert.equal(
        ((await tooBig.json()) as { error: { code: string } }).error.code,
        "ErrorQuotaExceeded"
      );
      assert.equal((await post("/me/mailFolders/inbox/messages", message)).status, 403);
      const stored = [...graph.mailboxOf(account).messages.values()];
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.attachments.length, 1);
    } finally {
      await graph.close();
    }
  });
});
