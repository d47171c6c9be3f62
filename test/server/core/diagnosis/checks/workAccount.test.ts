import assert from "node:assert/strict";
import { workAccount } from "../../../../../server/core/diagnosis/checks/workAccount.js";
import { catalogProvider, facts } from "./facts.js";

const forProvider = (id: string | null) =>
  workAccount(facts({ provider: id === null ? null : catalogProvider(id) }));

describe("check workAccount: the organisation's admin holds the keys", () => {
  it("a Microsoft 365 work or school account", () => {
    assert.deepEqual(forProvider("microsoft-365"), [{ id: "workAccount", severity: "info" }]);
  });

  it("silent for personal Outlook.com, other providers, and without a provider", () => {
    for (const id of ["microsoft-consumer", "google", null])
      assert.deepEqual(forProvider(id), [], String(id));
  });
});
