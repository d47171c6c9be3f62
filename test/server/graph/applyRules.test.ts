import assert from "node:assert/strict";
import { withGraph } from "../../helpers/graphHarness.js";
import type { GraphSimulator } from "../../../server/simulators/graph/graphSimulator.js";
import fc from "fast-check";
import type { Rule } from "@contracts/rules.js";
import { ruleSchema } from "../../../server/core/rules/ruleSchema.js";
import { GraphClient, GraphRequestError } from "../../../server/graph/graphClient.js";
import { applyRules, RulesNotAvailableError } from "../../../server/graph/applyRules.js";
import { createLimiter } from "../../../server/graph/limiter.js";
import { withAnswerProxy, type AnswerRewrite } from "./answerProxy.js";
import { graphRuleDraft } from "../../../server/core/rules/compilers/graph.js";
import { CompileContext } from "../../../server/core/rules/compileContext.js";
import type { FaultOptions } from "../../../server/simulators/graph/faults.js";
import type { SimMailbox } from "../../../server/simulators/graph/mailbox.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";

const RULES: Rule[] = [
  {
    name: "Gmail → Boîte/Gmail",
    conditions: { sentToAddresses: ["marie@gmail.com"] },
    actions: { moveToFolder: ["Inbox", "Gmail"], assignCategories: ["Gmail"] },
  },
  {
    name: "Yahoo → Boîte/Yahoo",
    conditions: { sentToAddresses: ["marie@yahoo.fr"] },
    actions: { moveToFolder: ["Inbox", "Yahoo"], markAsRead: true },
  },
  {
    name: "Factures 2024",
    conditions: { subjectContains: ["facture"] },
    actions: { copyToFolder: ["Archives", "2024"] },
  },
];

const withMailbox = <T>(
  faults: Partial<FaultOptions> | undefined,
  run: (client: GraphClient, mailbox: SimMailbox, graph: GraphSimulator) => Promise<T>
): Promise<T> =>
  withGraph(
    { faults, tuning: { timeoutMs: 300, backoffMs: 5, maxRetries: 6 } },
    ({ client, mailbox, graph }) => run(client, mailbox, graph)
  );

const snapshotOf = (mailbox: SimMailbox) => ({
  rules: JSON.parse(JSON.stringify(mailbox.rules)) as unknown[],
  folders: [...mailbox.folders.values()]
    .map((folder) => `${folder.parentFolderId}/${folder.displayName}`)
    .sort(),
});

describe("applying rules through Graph (server/graph/applyRules)", function () {
  this.timeout(120000);

  it("a dry run plans folders and rules and changes nothing", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const before = snapshotOf(mailbox);
      const plan = await applyRules(client, RULES, true);
      assert.deepEqual(
        plan.rules.map((rule) => rule.status),
        ["create", "create", "create"]
      );
      assert.deepEqual(
        plan.folders.map((folder) => `${folder.path.join("/")}:${folder.status}`),
        [
          "Inbox:exists",
          "Inbox/Gmail:create",
          "Inbox/Yahoo:create",
          "Archives:create",
          "Archives/2024:create",
        ]
      );
      assert.deepEqual(snapshotOf(mailbox), before);
    });
  });

  it("creates nothing for a rule Graph cannot express, not even its folder, and says so", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const before = snapshotOf(mailbox);
      // "Has no attachment" becomes the exception "has attachments", which cannot join other exceptions.
      const rule: Rule = {
        name: "Sans pièce jointe",
        conditions: { hasAttachments: false },
        exceptions: { subjectContains: ["urgent"] },
        actions: { moveToFolder: ["Inbox", "Légers"] },
      };
      for (const dryRun of [true, false]) {
        const plan = await applyRules(client, [rule, RULES[0]!], dryRun);
        assert.deepEqual(
          plan.rules.map((planned) => `${planned.name}:${planned.status}`),
          ["Sans pièce jointe:unsupported", `${RULES[0]!.name}:${dryRun ? "create" : "created"}`]
        );
        assert.ok(!plan.folders.some((folder) => folder.path.includes("Légers")));
      }
      assert.equal(mailbox.rules.length, before.rules.length + 1);
    });
  });

  it("applies once, and a second run finds everything already there", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const before = snapshotOf(mailbox);
      const first = await applyRules(client, RULES, false);
      assert.deepEqual(
        first.rules.map((rule) => rule.status),
        ["created", "created", "created"]
      );
      const second = await applyRules(client, RULES, false);
      assert.deepEqual(
        second.rules.map((rule) => rule.status),
        ["exists", "exists", "exists"]
      );
      assert.ok(second.folders.every((folder) => folder.status === "exists"));
      assert.equal(mailbox.rules.length, before.rules.length + 3);
      assert.deepEqual(
        JSON.parse(JSON.stringify(mailbox.rules.slice(0, before.rules.length))),
        before.rules,
        "existing rules untouched"
      );
      const gmail = mailbox.rules.find((rule) => rule.displayName === RULES[0]!.name)!;
      assert.equal(
        mailbox.folders.get(gmail.actions.moveToFolder as string)?.displayName,
        "Gmail",
        "the rule points to the created folder by id"
      );
    });
  });

  it("leaves a different rule with the same name alone (conflict)", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const clash: Rule = { name: "Tout transférer vers Gmail", actions: { markAsRead: true } };
      const before = snapshotOf(mailbox);
      const result = await applyRules(client, [clash], false);
      assert.equal(result.rules[0]!.status, "conflict");
      assert.deepEqual(snapshotOf(mailbox), before);
    });
  });

  for (const seed of [1, 2, 3, 4]) {
    it(`under 30 % faults, repeated runs end with every rule exactly once and nothing deleted (seed ${seed})`, async () => {
      await withMailbox(
        {
          rate: 0.3,
          seed,
          kinds: ["throttle", "unavailable", "timeout", "malformed"],
          retryAfterSeconds: 0,
          hangMs: 400,
        },
        async (client, mailbox) => {
          const before = snapshotOf(mailbox);
          for (let attempt = 0; attempt < 6; attempt++) {
            try {
              const result = await applyRules(client, RULES, false);
              if (
                result.rules.every((rule) => rule.status === "created" || rule.status === "exists")
              )
                break;
            } catch {
              // A failed run is retried by the user: it must be safe to run again.
            }
          }
          const names = mailbox.rules.map((rule) => rule.displayName);
          for (const rule of RULES)
            assert.equal(
              names.filter((name) => name === rule.name).length,
              1,
              `${rule.name} exactly once`
            );
          assert.deepEqual(
            JSON.parse(JSON.stringify(mailbox.rules.slice(0, before.rules.length))),
            before.rules,
            "no rule edited or deleted"
          );
          const folders = snapshotOf(mailbox).folders;
          assert.equal(new Set(folders).size, folders.length, "no duplicate folder");
          for (const folder of before.folders)
            assert.ok(folders.includes(folder), "no folder deleted");
        }
      );
    });
  }

  it("files mail into folders named like object properties (constructor, __proto__, toString) as into any folder", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const rules: Rule[] = ["constructor", "__proto__", "TOSTRING"].map((name) => ({
        name: `To ${name}`,
        conditions: { subjectContains: [name] },
        actions: { moveToFolder: [name], copyToFolder: ["Inbox", name] },
      }));
      const result = await applyRules(client, rules, false);
      assert.deepEqual(
        result.rules.map((rule) => rule.status),
        ["created", "created", "created"]
      );
      for (const rule of rules) {
        const stored = mailbox.rules.find((candidate) => candidate.displayName === rule.name)!;
        const target = mailbox.folders.get(stored.actions.moveToFolder as string)!;
        assert.equal(target.displayName, rule.actions.moveToFolder![0]);
        assert.equal(target.parentFolderId, mailbox.rootId);
      }
    });
  });

  it("property: apply a rule set, let Graph normalise it, apply again: every rule exists, nothing created, edited or deleted", async () => {
    const address = fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/).filter((local) => !local.endsWith(".")),
        fc.constantFrom("gmail.com", "Yahoo.fr", "example.COM", "outlook.com")
      )
      .chain(([local, domain]) => fc.mixedCase(fc.constant(`${local}@${domain}`)));
    const words = fc.array(
      fc.constantFrom(
        "facture",
        "Straße",
        "été",
        "Newsletter",
        "ﬁnance",
        "İstanbul",
        "x-y",
        "Promo 50%"
      ),
      { minLength: 1, maxLength: 3 }
    );
    const folderPath = fc.constantFrom(
      ["Inbox"],
      ["Inbox", "Factures"],
      ["Inbox", "Gmail"],
      ["Archive", "2024"],
      ["Archives", "Banque", "2025"],
      ["constructor"]
    );
    const conditions = fc.record(
      {
        fromAddresses: fc.array(address, { minLength: 1, maxLength: 2 }),
        sentToAddresses: fc.array(address, { minLength: 1, maxLength: 2 }),
        subjectContains: words,
        bodyContains: words,
        headerContains: fc.constant(["X-Mailer: Billing"]),
        hasAttachments: fc.boolean(),
        receivedThroughAccount: address,
      },
      { requiredKeys: [] }
    );
    const actions = fc
      .record(
        {
          moveToFolder: folderPath,
          copyToFolder: folderPath,
          markAsRead: fc.boolean(),
          assignCategories: fc.array(fc.constantFrom("Bills", "gmail", "Famille"), {
            minLength: 1,
            maxLength: 2,
          }),
          forwardTo: fc.array(address, { minLength: 1, maxLength: 2 }),
          stopProcessingRules: fc.boolean(),
        },
        { requiredKeys: [] }
      )
      .filter((candidate) => ruleSchema.shape.actions.safeParse(candidate).success);
    const ruleSet = fc
      .array(
        fc.record(
          { enabled: fc.boolean(), conditions, exceptions: conditions, actions },
          { requiredKeys: ["actions"] }
        ),
        { minLength: 1, maxLength: 4 }
      )
      .map((rules) =>
        rules.map((rule, index): Rule => ruleSchema.parse({ name: `Rule ${index + 1}`, ...rule }))
      );

    await fc.assert(
      fc.asyncProperty(ruleSet, async (rules) => {
        await withMailbox(undefined, async (client, mailbox) => {
          // Rules Graph cannot express are never posted (the compilers' warnings say why).
          const expressible = rules.map(
            (rule) => graphRuleDraft(rule, 1, new CompileContext("graph", "en")).expressible
          );
          const first = await applyRules(client, rules, false);
          assert.deepEqual(
            first.rules.map((rule) => rule.status),
            expressible.map((yes) => (yes ? "created" : "unsupported")),
            JSON.stringify(first.rules)
          );
          const normalised = snapshotOf(mailbox);
          for (const dryRun of [true, false]) {
            const again = await applyRules(client, rules, dryRun);
            assert.deepEqual(
              again.rules.map((rule) => rule.status),
              expressible.map((yes) => (yes ? "exists" : "unsupported")),
              JSON.stringify({ again: again.rules, stored: mailbox.rules })
            );
            assert.ok(again.folders.every((folder) => folder.status === "exists"));
          }
          assert.deepEqual(snapshotOf(mailbox), normalised, "nothing created, edited or deleted");
        });
      }),
      { numRuns: 40 }
    );
  });

  it("a mailbox at its limits: rules and folders beyond are reported failed, the rest applied", async () => {
    const account = { seed: demoMailbox() };
    const seededRules = account.seed.rules.length;
    const seededFolders = (function count(folders: typeof account.seed.folders): number {
      return folders.reduce((sum, folder) => sum + 1 + count(folder.children ?? []), 0);
    })(account.seed.folders);
    // Room for two more rules and one more folder.
    const limits = { rules: seededRules + 2, folders: seededFolders + 1 };
    await withGraph({ account, limits }, async ({ client, mailbox }) => {
      const result = await applyRules(
        client,
        [
          { name: "Un", conditions: { subjectContains: ["un"] }, actions: { markAsRead: true } },
          {
            name: "Deux",
            conditions: { subjectContains: ["deux"] },
            actions: { moveToFolder: ["Inbox", "Deux"] },
          },
          {
            name: "Trois",
            conditions: { subjectContains: ["trois"] },
            actions: { moveToFolder: ["Inbox", "Trois"] },
          },
          {
            name: "Quatre",
            conditions: { subjectContains: ["quatre"] },
            actions: { markAsRead: true },
          },
        ],
        false
      );
      assert.deepEqual(
        result.rules.map((rule) => [rule.name, rule.status]),
        [
          ["Un", "created"],
          ["Deux", "created"],
          ["Trois", "failed"],
          ["Quatre", "failed"],
        ]
      );
      assert.equal(result.rules[2]!.message, "Its folder could not be created.");
      assert.match(result.rules[3]!.message!, /ErrorRulesOverQuota/);
      assert.deepEqual(
        result.folders.map((folder) => [folder.path.join("/"), folder.status]),
        [
          ["Inbox", "exists"],
          ["Inbox/Deux", "created"],
          ["Inbox/Trois", "failed"],
        ]
      );
      assert.equal(mailbox.rules.length, seededRules + 2);
    });
  });

  it("places the rules it creates after the user's rules, one after another, in the order given", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const before = Math.max(...mailbox.rules.map((rule) => rule.sequence));
      await applyRules(client, RULES, false);
      assert.deepEqual(
        RULES.map(
          (rule) => mailbox.rules.find((stored) => stored.displayName === rule.name)!.sequence
        ),
        [before + 1, before + 2, before + 3]
      );
    });
  });

  it("places them after the highest sequence in use, when the user's numbers have gaps", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      mailbox.rules[1]!.sequence = 40;
      await applyRules(client, RULES, false);
      assert.deepEqual(
        RULES.map(
          (rule) => mailbox.rules.find((stored) => stored.displayName === rule.name)!.sequence
        ),
        [41, 42, 43]
      );
    });
  });

  it("creates a rule given twice in one call once", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const result = await applyRules(client, [RULES[2]!, RULES[2]!], false);
      assert.deepEqual(
        result.rules.map((rule) => rule.status),
        ["created", "exists"]
      );
      assert.equal(mailbox.rules.filter((rule) => rule.displayName === RULES[2]!.name).length, 1);
    });
  });

  it("a dry run tells a rule already there (by meaning) from a different one of the same name", async () => {
    await withMailbox(undefined, async (client) => {
      await applyRules(client, [RULES[0]!], false);
      const changed: Rule = { ...RULES[0]!, actions: { ...RULES[0]!.actions, markAsRead: true } };
      const plan = await applyRules(
        client,
        [RULES[0]!, { ...changed, name: RULES[0]!.name }],
        true
      );
      assert.deepEqual(plan.rules, [
        { name: RULES[0]!.name, status: "exists" },
        {
          name: RULES[0]!.name,
          status: "conflict",
          message:
            "A different rule with this name is already in the mailbox; it was left as it is.",
        },
      ]);
    });
  });

  it("says rules are not available when Graph refuses to show them (403, 401), and passes on other failures", async () => {
    await withGraph(
      { account: { seed: demoMailbox(), denyRulesAndSettings: true } },
      async ({ client }) => {
        await assert.rejects(
          applyRules(client, RULES, true),
          (error: unknown) =>
            error instanceof RulesNotAvailableError &&
            error.message === "rules are not available for this mailbox"
        );
      }
    );
    await withGraph({}, async ({ graph }) => {
      const stranger = new GraphClient({
        baseUrl: graph.baseUrl,
        accessToken: async () => "not-a-token-of-this-tenant",
        limiter: createLimiter(4),
      });
      await assert.rejects(
        applyRules(stranger, RULES, true),
        (error: unknown) => error instanceof RulesNotAvailableError
      );
    });
    await withGraph(
      { faults: { script: ["unavailable"] }, tuning: { maxRetries: 0 } },
      async ({ client, mailbox }) => {
        const before = snapshotOf(mailbox);
        await assert.rejects(
          applyRules(client, RULES, false),
          (error: unknown) => error instanceof GraphRequestError && error.status === 503
        );
        assert.deepEqual(snapshotOf(mailbox), before);
      }
    );
  });

  it("passes on Graph's refusal of a rule (an invalid recipient) instead of reporting it as anything else", async () => {
    await withMailbox(undefined, async (client, mailbox) => {
      const before = snapshotOf(mailbox);
      const rule: Rule = { name: "Vers personne", actions: { forwardTo: [" "] } };
      await assert.rejects(
        applyRules(client, [rule], false),
        (error: unknown) =>
          error instanceof GraphRequestError &&
          error.status === 400 &&
          error.code === "ErrorInvalidRecipients"
      );
      assert.deepEqual(snapshotOf(mailbox), before);
    });
  });

  it("after a creation whose answer was lost, finds the rule instead of posting it again", async () => {
    await withGraph(
      { faults: { script: [null, "lostAnswer"] }, tuning: { maxRetries: 0 } },
      async ({ client, mailbox }) => {
        const rule: Rule = {
          name: "Lu",
          conditions: { subjectContains: ["lu"] },
          actions: { markAsRead: true },
        };
        const result = await applyRules(client, [rule], false);
        assert.deepEqual(result.rules, [{ name: "Lu", status: "created" }]);
        assert.equal(mailbox.rules.filter((stored) => stored.displayName === "Lu").length, 1);
      }
    );
  });

  it("after a creation refused by a busy Graph (503), says it was not confirmed and creates nothing", async () => {
    await withGraph(
      { faults: { script: [null, "unavailable"] }, tuning: { maxRetries: 0 } },
      async ({ client, mailbox }) => {
        const before = snapshotOf(mailbox);
        const rule: Rule = {
          name: "Lu",
          conditions: { subjectContains: ["lu"] },
          actions: { markAsRead: true },
        };
        const result = await applyRules(client, [rule], false);
        assert.deepEqual(result.rules, [
          {
            name: "Lu",
            status: "failed",
            message: "Microsoft did not confirm the rule; run again to retry safely.",
          },
        ]);
        assert.deepEqual(snapshotOf(mailbox), before);
      }
    );
  });

  it("ignores entries of the rule listing that are not rules (null, text, a list), neither matching nor counting them", async () => {
    await withMailbox(undefined, async (_client, mailbox, graph) => {
      const junk: AnswerRewrite = (path, answer) => {
        if (path.startsWith("/me/mailFolders/inbox/messageRules"))
          (answer.value as unknown[]).unshift(null, RULES[2]!.name, [RULES[2]]);
      };
      await withAnswerProxy(graph, junk, async (client) => {
        const before = Math.max(...mailbox.rules.map((rule) => rule.sequence));
        const result = await applyRules(client, [RULES[2]!], false);
        assert.deepEqual(result.rules, [{ name: RULES[2]!.name, status: "created" }]);
        const stored = mailbox.rules.find((rule) => rule.displayName === RULES[2]!.name)!;
        assert.equal(stored.sequence, before + 1);
      });
    });
  });
});
