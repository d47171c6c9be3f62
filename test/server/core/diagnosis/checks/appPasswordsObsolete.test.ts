import assert from "node:assert/strict";
import { appPasswordsObsolete } from "../../../../../server/core/diagnosis/checks/appPasswordsObsolete.js";
import { catalogProvider, facts } from "./facts.js";

const forProvider = (id: string | null) =>
  appPasswordsObsolete(facts({ provider: id === null ? null : catalogProvider(id) }));

describe("check appPasswordsObsolete: app passwords do not rescue a Microsoft account", () => {
  it("says so for personal and work Microsoft accounts", () => {
    for (const id of ["microsoft-consumer", "microsoft-365"])
      assert.deepEqual(forProvider(id), [{ id: "appPasswordsObsolete", severity: "info" }], id);
  });

  it("silent where app passwords are the way in (Gmail, Yahoo), and without a provider", () => {
    for (const id of ["google", "yahoo", null]) assert.deepEqual(forProvider(id), [], String(id));
  });
});
