import assert from "node:assert/strict";
import { withGraph } from "../../helpers/graphHarness.js";
import { GraphRequestError } from "../../../server/graph/graphClient.js";
import { FolderResolver } from "../../../server/graph/folderResolver.js";
import type { FaultOptions } from "../../../server/simulators/graph/faults.js";
import type { SimMailbox } from "../../../server/simulators/graph/mailbox.js";

const withResolver = <T>(
  mode: "read" | "plan" | "create",
  run: (resolver: FolderResolver, mailbox: SimMailbox) => Promise<T>,
  faults?: Partial<FaultOptions>
): Promise<T> =>
  withGraph({ faults, tuning: { maxRetries: 0 } }, ({ client, mailbox }) =>
    run(new FolderResolver(client, mode), mailbox)
  );

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
    await withResolver("plan", async (resolver) => {
      for (const name of PROTOTYPE_NAMES) {
        assert.equal(await resolver.resolve([name]), null, name);
        assert.equal(await resolver.resolve(["Inbox", name, "x"]), null, name);
      }
      assert.ok(
        resolver.plan().every((folder) => folder.path[0] === "Inbox" || folder.status === "create")
      );
    });
    await withResolver("create", async (resolver, mailbox) => {
      for (const name of PROTOTYPE_NAMES.slice(0, 3)) {
        const id = await resolver.resolve([name]);
        assert.equal(mailbox.folders.get(id!)?.displayName, name);
        assert.equal(mailbox.folders.get(id!)?.parentFolderId, mailbox.rootId);
      }
    });
  });

  it("never takes a search folder for a destination, even of the same name", async () => {
    await withResolver("read", async (resolver) => {
      assert.equal(await resolver.resolve(["Courrier volumineux"]), null);
    });
    await withResolver("create", async (resolver, mailbox) => {
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
      "read",
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
});
