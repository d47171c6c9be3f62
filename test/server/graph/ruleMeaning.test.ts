import assert from "node:assert/strict";
import {
  foldCase,
  sameMeaning,
  sameName,
  type RuleLike,
} from "../../../server/graph/ruleMeaning.js";

/** A rule as MailBridge posts it (folder paths already resolved to ids). */
const ours: RuleLike = {
  displayName: "Factures → Banque",
  conditions: {
    fromAddresses: [{ emailAddress: { address: "factures@banque.fr" } }],
    subjectContains: ["facture"],
  },
  actions: { moveToFolder: "AAMkFolderBanque", markAsRead: true },
};

/** The same rule as Graph returns it: normalised, with fields of the server's own. */
const asGraphReturnsIt: RuleLike & Record<string, unknown> = {
  id: "AQAAAJ5dZqA=",
  displayName: "Factures → Banque",
  sequence: 7,
  isEnabled: true,
  hasError: false,
  isReadOnly: false,
  conditions: {
    fromAddresses: [
      { emailAddress: { name: "factures@banque.fr", address: "factures@banque.fr" } },
    ],
    subjectContains: ["FACTURE"],
  },
  actions: { moveToFolder: "AAMkFolderBanque", markAsRead: true },
};

/** `ours` with one part replaced. */
const oursWith = (part: "conditions" | "exceptions" | "actions", value: unknown): RuleLike => ({
  ...ours,
  [part]: value,
});

describe("whether an inbox rule means the same as ours (server/graph/ruleMeaning)", () => {
  describe("what is compared", () => {
    it("finds the rule Graph returns the same as the one posted, whatever the server added", () => {
      assert.equal(sameMeaning(asGraphReturnsIt, ours), true);
    });

    it("ignores what the user may change without changing what the rule does: enabled, order, errors", () => {
      const changed = { ...asGraphReturnsIt, isEnabled: false, sequence: 1, hasError: true };
      assert.equal(sameMeaning(changed, ours), true);
    });

    it("tells rules apart by name, conditions, exceptions and actions, each on its own", () => {
      assert.equal(sameMeaning({ ...ours, displayName: "Factures" }, ours), false);
      assert.equal(
        sameMeaning(oursWith("conditions", { subjectContains: ["facture"] }), ours),
        false
      );
      assert.equal(sameMeaning(oursWith("exceptions", { subjectContains: ["pub"] }), ours), false);
      assert.equal(sameMeaning(ours, oursWith("exceptions", { subjectContains: ["pub"] })), false);
      assert.equal(
        sameMeaning(oursWith("actions", { moveToFolder: "AAMkFolderBanque" }), ours),
        false
      );
    });

    it("never matches a rule whose name is not text, on either side", () => {
      assert.equal(sameMeaning({ ...ours, displayName: 7 }, { ...ours, displayName: "7" }), false);
      assert.equal(sameMeaning({ ...ours, displayName: "7" }, { ...ours, displayName: 7 }), false);
      assert.equal(sameMeaning({ ...ours, displayName: undefined }, { ...ours }), false);
      assert.equal(sameMeaning(ours, { ...ours, displayName: undefined }), false);
    });
  });

  describe("names", () => {
    it("match whatever their case, and in any Unicode normal form", () => {
      assert.equal(sameName({ displayName: "factures → banque" }, "FACTURES → BANQUE"), true);
      // "é" typed as one code point, or as "e" and a combining accent (macOS, some IMEs).
      assert.equal(sameName({ displayName: "Été" }, "E\u0301te\u0301"), true);
      assert.equal(foldCase("E\u0301te\u0301"), "ÉTÉ");
    });

    it("differ when the words differ, and a name that is not text matches none", () => {
      assert.equal(sameName({ displayName: "Factures" }, "Facture"), false);
      assert.equal(sameName({ displayName: 7 }, "7"), false);
      assert.equal(sameName({}, "undefined"), false);
    });
  });

  describe("words and categories", () => {
    it("ignore case (Graph upper-cases every …Contains string) and Unicode form", () => {
      assert.equal(
        sameMeaning(oursWith("conditions", { bodyContains: ["ÉTÉ", "PROMO 50%"] }), {
          ...ours,
          conditions: { bodyContains: ["e\u0301te\u0301", "promo 50%"] },
        }),
        true
      );
      assert.equal(
        sameMeaning(oursWith("actions", { assignCategories: ["BILLS"] }), {
          ...ours,
          actions: { assignCategories: ["Bills"] },
        }),
        true
      );
    });

    it("match Graph's upper-cased form of a word whose capital is two letters (Straße → STRASSE)", () => {
      assert.equal(
        sameMeaning(oursWith("conditions", { subjectContains: ["STRASSE"] }), {
          ...ours,
          conditions: { subjectContains: ["Straße"] },
        }),
        true
      );
    });

    it("ignore order and repeats, but not a missing or an extra word", () => {
      const words = (subjectContains: string[]) => oursWith("conditions", { subjectContains });
      assert.equal(sameMeaning(words(["B", "a", "b"]), words(["a", "b"])), true);
      assert.equal(sameMeaning(words(["a"]), words(["a", "b"])), false);
      assert.equal(sameMeaning(words(["a", "c"]), words(["a", "b"])), false);
    });

    it("compare items that are not text as they are written", () => {
      const sizes = (value: unknown[]) => oursWith("conditions", { unknownList: value });
      assert.equal(sameMeaning(sizes([{ a: 1 }]), sizes([{ a: 1 }])), true);
      assert.equal(sameMeaning(sizes([{ a: 1 }]), sizes([{ a: 2 }])), false);
      assert.equal(sameMeaning(sizes([1, 2]), sizes([2, 1])), true);
    });

    it("compare a single text value without case (markImportance)", () => {
      assert.equal(
        sameMeaning(oursWith("actions", { markImportance: "HIGH" }), {
          ...ours,
          actions: { markImportance: "high" },
        }),
        true
      );
      assert.equal(
        sameMeaning(oursWith("actions", { markImportance: "low" }), {
          ...ours,
          actions: { markImportance: "high" },
        }),
        false
      );
    });
  });

  describe("addresses", () => {
    const recipient = (address: unknown, name?: string) => ({
      emailAddress: { ...(name ? { name } : {}), address },
    });
    const lists = [
      "fromAddresses",
      "sentToAddresses",
      "forwardTo",
      "forwardAsAttachmentTo",
      "redirectTo",
    ];

    it("ignore case, surrounding spaces and the name Graph adds, in every recipient list", () => {
      for (const list of lists) {
        const part = list.startsWith("forward") || list === "redirectTo" ? "actions" : "conditions";
        assert.equal(
          sameMeaning(oursWith(part, { [list]: [recipient(" Marie@Gmail.COM ", "Marie")] }), {
            ...ours,
            [part]: { [list]: [recipient("marie@gmail.com")] },
          }),
          true,
          list
        );
        assert.equal(
          sameMeaning(oursWith(part, { [list]: [recipient("marie@gmail.com")] }), {
            ...ours,
            [part]: { [list]: [recipient("marie@yahoo.fr")] },
          }),
          false,
          list
        );
      }
    });

    it("ignore order and repeats", () => {
      const from = (...addresses: string[]) =>
        oursWith("conditions", { fromAddresses: addresses.map((address) => recipient(address)) });
      assert.equal(sameMeaning(from("b@x.fr", "a@x.fr", "B@x.fr"), from("a@x.fr", "b@x.fr")), true);
      assert.equal(sameMeaning(from("a@x.fr"), from("a@x.fr", "b@x.fr")), false);
    });

    it("keep two addresses apart that only upper case would confuse (straße@ is not strasse@)", () => {
      const from = (address: string) =>
        oursWith("conditions", { fromAddresses: [recipient(address)] });
      assert.equal(sameMeaning(from("straße@example.de"), from("strasse@example.de")), false);
    });

    it("compare a recipient without an address as it is written, without failing", () => {
      const from = (...recipients: unknown[]) =>
        oursWith("conditions", { fromAddresses: recipients });
      assert.equal(sameMeaning(from(null), from(null)), true);
      assert.equal(sameMeaning(from({}), from({})), true);
      assert.equal(sameMeaning(from({}), from({ emailAddress: {} })), false);
      assert.equal(sameMeaning(from(recipient(5)), from(recipient(5))), true);
      assert.equal(sameMeaning(from(recipient(5)), from(recipient("5"))), false);
      assert.equal(
        sameMeaning(from({ emailAddress: { name: "A" } }), from({ emailAddress: { name: "B" } })),
        false
      );
    });
  });

  describe("folders", () => {
    it("compare folder ids exactly: ids are case-sensitive, two ids in other cases are two folders", () => {
      for (const field of ["moveToFolder", "copyToFolder"]) {
        assert.equal(
          sameMeaning(oursWith("actions", { [field]: "AAMkAbC=" }), {
            ...ours,
            actions: { [field]: "AAMkAbC=" },
          }),
          true,
          field
        );
        assert.equal(
          sameMeaning(oursWith("actions", { [field]: "AAMkABC=" }), {
            ...ours,
            actions: { [field]: "AAMkAbC=" },
          }),
          false,
          field
        );
      }
    });
  });

  describe("conditions and actions not used", () => {
    it("a false flag, an empty list, null or nothing all mean the condition is not used", () => {
      const notUsed = [
        { hasAttachments: false },
        { subjectContains: [] },
        { subjectContains: null },
        { subjectContains: undefined },
        {},
      ];
      for (const left of notUsed)
        for (const right of notUsed)
          assert.equal(
            sameMeaning(oursWith("exceptions", left), oursWith("exceptions", right)),
            true,
            `${JSON.stringify(left)} ~ ${JSON.stringify(right)}`
          );
    });

    it("a part left out, null or empty means the same: no exception is no exception", () => {
      const absent = [undefined, null, {}, { hasAttachments: false }];
      for (const left of absent)
        for (const right of absent)
          assert.equal(
            sameMeaning(oursWith("exceptions", left), oursWith("exceptions", right)),
            true,
            `${JSON.stringify(left)} ~ ${JSON.stringify(right)}`
          );
    });

    it("a true flag, a value or a non-empty list is a condition used", () => {
      for (const used of [
        { hasAttachments: true },
        { subjectContains: ["x"] },
        { importance: "high" },
        { withinSizeRange: { minimumSize: 0 } },
      ])
        assert.equal(
          sameMeaning(oursWith("exceptions", used), oursWith("exceptions", {})),
          false,
          JSON.stringify(used)
        );
      assert.equal(
        sameMeaning(
          oursWith("actions", { stopProcessingRules: true }),
          oursWith("actions", { stopProcessingRules: false })
        ),
        false
      );
    });
  });

  describe("structured values", () => {
    it("compare a size range by its bounds, in whatever order Graph lists them", () => {
      const range = (withinSizeRange: Record<string, number>) =>
        oursWith("conditions", { withinSizeRange });
      assert.equal(
        sameMeaning(
          range({ maximumSize: 200, minimumSize: 100 }),
          range({ minimumSize: 100, maximumSize: 200 })
        ),
        true
      );
      assert.equal(
        sameMeaning(
          range({ minimumSize: 100, maximumSize: 300 }),
          range({ minimumSize: 100, maximumSize: 200 })
        ),
        false
      );
    });

    it("compare any other value by what it is (a number of a property Graph may add)", () => {
      assert.equal(
        sameMeaning(
          oursWith("conditions", { newCount: 1 }),
          oursWith("conditions", { newCount: 2 })
        ),
        false
      );
      assert.equal(
        sameMeaning(
          oursWith("conditions", { newCount: 1 }),
          oursWith("conditions", { newCount: 1 })
        ),
        true
      );
    });

    it("list conditions in any order", () => {
      assert.equal(
        sameMeaning(
          oursWith("conditions", { subjectContains: ["a"], bodyContains: ["b"] }),
          oursWith("conditions", { bodyContains: ["b"], subjectContains: ["a"] })
        ),
        true
      );
    });
  });
});
