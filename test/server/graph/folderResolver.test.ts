import assert from "node:assert/strict";
import { withGraph } from "../../helpers/graphHarness.js";
import { GraphRequestError } from "../../../server/graph/graphClient.js";
import { FolderResolver } from "../../../server/graph/folderResolver.js";
import type { FaultOptions } from "../../../server/simulators/graph/faults.js";
import type { SimFolder, SimMailbox } from "../../../server/simulators/graph/mailbox.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import type { GraphSimulator } from "../../../server/simulators/graph/graphSimulator.js";

const withResolver = <T>(
  create: boolean,
  run: (resolver: FolderResolver, mailbox: SimMailbox, graph: GraphSimulator) => Promise<T>,
  faults?: Partial<FaultOptions>,
  limits?: { rules: number; folders: number }
): Promise<T> =>
  withGraph({ faults, limits, tuning: { maxRetries: 0 } }, ({ client, mailbox, graph }) =>
    run(new FolderResolver(client, { create }), mailbox, graph)
  );

const folderNamed = (mailbox: SimMailbox, name: string) =>
  [...mailbox.folders.values()].find((folder) => folder.displayName === name)!;
const foldersNamed = (mailbox: SimMailbox, name: string) =>
  [...mailbox.folders.values()].filter((folder) => folder.displayName === name);
const planOf = (resolver: FolderResolver) =>
  resolver.plan().map((folder) => `${folder.path.join("/")}:${folder.status}`);
const snapshotOf = (mailbox: SimMailbox) =>
  [...mailbox.folders.values()].map((folder) => `${folder.parentFolderId}/${folder.displayName}`);

/** Names that are properties of every JavaScript object: a lookup table must not find them. */
const PROTOTYPE_NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "CONSTRUCTOR",
  "__PROTO__",
  "hasOwnProperty",
];

describe("folder paths to Graph folder ids (server/graph/folderResolver)", function () {
  this.timeout(30000);

  it("treats a folder named like an object property (constructor, __proto__, toString, any case) as an ordinary folder", async () => {
    await withResolver(false, async (resolver) => {
      for (const name of PROTOTYPE_NAMES) {
        assert.equal(await resolver.resolve([name]), null, name);
        assert.equal(await resolver.resolve(["Inbox", name, "x"]), null, name);
      }
      assert.ok(
        resolver.plan().every((folder) => folder.path[0] === "Inbox" || folder.status === "create")
      );
    });
    await withResolver(true, async (resolver, mailbox) => {
      for (const name of PROTOTYPE_NAMES.slice(0, 3)) {
        const id = await resolver.resolve([name]);
        assert.equal(mailbox.folders.get(id!)?.displayName, name);
        assert.equal(mailbox.folders.get(id!)?.parentFolderId, mailbox.rootId);
      }
    });
  });

  it("never takes a search folder for a destination, even of the same name", async () => {
    await withResolver(false, async (resolver) => {
      assert.equal(await resolver.resolve(["Courrier volumineux"]), null);
    });
    await withResolver(true, async (resolver, mailbox) => {
      assert.equal(await resolver.resolve(["Courrier volumineux"]), null);
      assert.deepEqual(resolver.plan(), [{ path: ["Courrier volumineux"], status: "failed" }]);
      const named = [...mailbox.folders.values()].filter(
        (folder) => folder.displayName === "Courrier volumineux"
      );
      assert.deepEqual(
        named.map((folder) => folder.search !== null),
        [true],
        "the search folder alone, untouched"
      );
    });
  });

  it("turns a malformed answer into a GraphRequestError, not a TypeError", async () => {
    await withResolver(
      false,
      async (resolver) => {
        await assert.rejects(
          resolver.resolve(["Inbox"]),
          (error: unknown) => error instanceof GraphRequestError && error.status === 502
        );
        await assert.rejects(
          resolver.resolve(["Archive", "2019"]),
          (error: unknown) => error instanceof GraphRequestError && error.status === 502
        );
      },
      { script: ["empty", "empty"] }
    );
  });

  it("finds well-known folders by their English name, whatever the mailbox's language and the case", async () => {
    await withResolver(false, async (resolver, mailbox) => {
      for (const [english, local] of [
        ["Inbox", "Boîte de réception"],
        ["sent items", "Éléments envoyés"],
        ["Deleted Items", "Éléments supprimés"],
        ["JUNK EMAIL", "Courrier indésirable"],
        ["Drafts", "Brouillons"],
        ["Archive", "Archive"],
      ])
        assert.equal(await resolver.resolve([english!]), folderNamed(mailbox, local!).id, english);
      assert.equal(
        await resolver.resolve(["Boîte de réception"]),
        folderNamed(mailbox, "Boîte de réception").id,
        "by its own name too"
      );
    });
  });

  it("follows nested paths below the top, matching names without case", async () => {
    await withResolver(false, async (resolver, mailbox) => {
      assert.equal(
        await resolver.resolve(["inbox", "FACTURES"]),
        folderNamed(mailbox, "Factures").id
      );
      assert.equal(await resolver.resolve(["Archive", "2021"]), folderNamed(mailbox, "2021").id);
      assert.deepEqual(planOf(resolver), [
        "inbox:exists",
        "inbox/FACTURES:exists",
        "Archive:exists",
        "Archive/2021:exists",
      ]);
    });
  });

  it("reads a well-known name as one only at the top: Archive/Inbox is a folder named Inbox in Archive", async () => {
    await withResolver(true, async (resolver, mailbox) => {
      const id = await resolver.resolve(["Archive", "Inbox"]);
      assert.notEqual(id, folderNamed(mailbox, "Boîte de réception").id);
      assert.equal(mailbox.folders.get(id!)?.displayName, "Inbox");
      assert.equal(mailbox.folders.get(id!)?.parentFolderId, folderNamed(mailbox, "Archive").id);
      assert.deepEqual(planOf(resolver), ["Archive:exists", "Archive/Inbox:created"]);
    });
  });

  it("without leave to create, creates nothing and plans every missing level, even below one planned earlier", async () => {
    await withResolver(false, async (resolver, mailbox) => {
      const before = snapshotOf(mailbox);
      assert.equal(await resolver.resolve(["Archives"]), null);
      assert.equal(await resolver.resolve(["Archives", "2024", "T1"]), null);
      // A top-level "Archive" exists: a child of a folder still to create is not looked for at the top.
      assert.equal(await resolver.resolve(["Archives", "Archive"]), null);
      assert.deepEqual(planOf(resolver), [
        "Archives:create",
        "Archives/2024:create",
        "Archives/2024/T1:create",
        "Archives/Archive:create",
      ]);
      assert.deepEqual(snapshotOf(mailbox), before);
    });
  });

  it("creates each missing level once, and lists each parent once however many paths go through it", async () => {
    await withResolver(true, async (resolver, mailbox, graph) => {
      graph.resetStats();
      const first = await resolver.resolve(["Archives", "2024"]);
      const second = await resolver.resolve(["archives", "2025"]);
      const archives = foldersNamed(mailbox, "Archives");
      assert.equal(archives.length, 1);
      assert.equal(archives[0]!.parentFolderId, mailbox.rootId);
      assert.equal(mailbox.folders.get(first!)?.parentFolderId, archives[0]!.id);
      assert.equal(mailbox.folders.get(second!)?.parentFolderId, archives[0]!.id);
      assert.deepEqual(planOf(resolver), [
        "Archives:created",
        "Archives/2024:created",
        "archives/2025:created",
      ]);
      // Top listed, Archives posted, Archives listed, 2024 posted, 2025 posted.
      assert.equal(graph.stats.requests, 5);
    });
  });

  it("keeps names that fold together only in upper case apart (Straße is not Strasse)", async () => {
    await withResolver(true, async (resolver, mailbox) => {
      const sharp = await resolver.resolve(["Straße"]);
      const double = await resolver.resolve(["Strasse"]);
      assert.notEqual(sharp, double);
      assert.equal(mailbox.folders.get(sharp!)?.displayName, "Straße");
      assert.equal(mailbox.folders.get(double!)?.displayName, "Strasse");
    });
  });

  it("takes a folder another run created meanwhile (409) as existing, without a duplicate", async () => {
    await withGraph({ tuning: { maxRetries: 0 } }, async ({ client, mailbox }) => {
      const resolver = new FolderResolver(client, { create: true });
      await resolver.resolve(["Inbox", "Factures"]); // the inbox's children are listed now
      const other = await new FolderResolver(client, { create: true }).resolve(["Inbox", "Neuf"]);
      assert.equal(await resolver.resolve(["Inbox", "Neuf"]), other);
      assert.equal(foldersNamed(mailbox, "Neuf").length, 1);
      assert.deepEqual(planOf(resolver), [
        "Inbox:exists",
        "Inbox/Factures:exists",
        "Inbox/Neuf:exists",
      ]);
    });
  });

  it("after a creation whose answer was lost, finds the folder instead of posting it again", async () => {
    await withResolver(true, async (resolver, mailbox, graph) => {
      // GET inbox, list its children, then the POST is carried out but its answer never arrives.
      graph.setFaults({ script: [null, null, "lostAnswer"] });
      const id = await resolver.resolve(["Inbox", "Perdu"]);
      assert.equal(foldersNamed(mailbox, "Perdu").length, 1);
      assert.equal(id, foldersNamed(mailbox, "Perdu")[0]!.id);
      assert.deepEqual(planOf(resolver), ["Inbox:exists", "Inbox/Perdu:created"]);
    });
  });

  it("after a refused creation (503) that did not happen, reports it and everything below failed", async () => {
    await withResolver(true, async (resolver, mailbox, graph) => {
      const before = snapshotOf(mailbox);
      graph.setFaults({ script: [null, null, "unavailable"] });
      assert.equal(await resolver.resolve(["Inbox", "Perdu", "Sous"]), null);
      assert.deepEqual(planOf(resolver), [
        "Inbox:exists",
        "Inbox/Perdu:failed",
        "Inbox/Perdu/Sous:failed",
      ]);
      assert.deepEqual(snapshotOf(mailbox), before);
    });
  });

  it("in a mailbox holding as many folders as it may, reports the folder and everything below failed", async () => {
    const seed = demoMailbox();
    await withGraph(
      { account: { seed }, limits: { rules: 100, folders: 0 }, tuning: { maxRetries: 0 } },
      async ({ client, mailbox }) => {
        const before = snapshotOf(mailbox);
        const resolver = new FolderResolver(client, { create: true });
        assert.equal(await resolver.resolve(["Inbox", "A", "B"]), null);
        assert.equal(
          await resolver.resolve(["Inbox", "Factures"]),
          folderNamed(mailbox, "Factures").id
        );
        assert.deepEqual(planOf(resolver), [
          "Inbox:exists",
          "Inbox/A:failed",
          "Inbox/A/B:failed",
          "Inbox/Factures:exists",
        ]);
        assert.deepEqual(snapshotOf(mailbox), before);
      }
    );
  });

  it("passes on any other refusal of a creation (a blank name) to the caller", async () => {
    await withResolver(true, async (resolver) => {
      await assert.rejects(
        resolver.resolve(["Inbox", "   "]),
        (error: unknown) =>
          error instanceof GraphRequestError &&
          error.status === 400 &&
          error.code === "ErrorInvalidRequest"
      );
    });
  });

  it("resolves an empty path to nothing, without asking Graph", async () => {
    await withResolver(true, async (resolver, _mailbox, graph) => {
      graph.resetStats();
      assert.equal(await resolver.resolve([]), null);
      assert.equal(graph.stats.requests, 0);
      assert.deepEqual(resolver.plan(), []);
    });
  });

  it("refuses a folder Graph sends without a name as a malformed answer", async () => {
    for (const [path, broken] of [
      [["Inbox"], "Boîte de réception"],
      [["Inbox", "Factures"], "Factures"],
    ] as const)
      await withResolver(false, async (resolver, mailbox) => {
        delete (folderNamed(mailbox, broken) as Partial<SimFolder>).displayName;
        await assert.rejects(
          resolver.resolve([...path]),
          (error: unknown) =>
            error instanceof GraphRequestError &&
            error.status === 502 &&
            error.code === "malformedResponse" &&
            error.message === "Graph sent a folder without id or name"
        );
      });
  });
});
