import assert from "node:assert/strict";
import { passwordPolicy } from "../../../../../server/core/diagnosis/checks/passwordPolicy.js";
import { catalogProvider, facts, withProtocols } from "./facts.js";

const check = (provider: ReturnType<typeof catalogProvider> | null) =>
  passwordPolicy(facts({ provider }));

describe("check passwordPolicy: can a mail app sign in to IMAP with the normal password?", () => {
  it("yes (Orange): an ok finding naming the provider", () => {
    assert.deepEqual(check(catalogProvider("orange")), [
      { id: "passwordPolicy.allowed", severity: "ok", params: { provider: "Orange (Wanadoo)" } },
    ]);
  });

  it("only with an app password (Gmail, Yahoo, iCloud): an info finding naming the provider", () => {
    for (const [id, name] of [
      ["google", "Gmail"],
      ["yahoo", "Yahoo Mail"],
      ["icloud", "iCloud Mail"],
    ])
      assert.deepEqual(
        check(catalogProvider(id!)),
        [{ id: "passwordPolicy.app-password", severity: "info", params: { provider: name } }],
        id
      );
  });

  it("OAuth2 only, or no IMAP at all: says so as information", () => {
    for (const status of ["oauth2-only", "blocked"] as const)
      assert.deepEqual(
        check(withProtocols("orange", { imap: { status } })),
        [
          {
            id: `passwordPolicy.${status}`,
            severity: "info",
            params: { provider: "Orange (Wanadoo)" },
          },
        ],
        status
      );
  });

  it("servers we could not verify (Bbox): says so instead of a policy", () => {
    assert.deepEqual(check(catalogProvider("bbox")), [
      {
        id: "passwordPolicy.unverified",
        severity: "info",
        params: { provider: "Bbox (Bouygues Telecom)" },
      },
    ]);
  });

  it("silent for Microsoft (other checks explain OAuth2 there), unknown providers, and no provider", () => {
    for (const id of ["microsoft-consumer", "microsoft-365"])
      assert.deepEqual(check(catalogProvider(id)), [], id);
    const other = { ...catalogProvider("orange"), id: "other", kind: "other" as const };
    assert.deepEqual(check(other), []);
    assert.deepEqual(check(null), []);
  });

  it("silent for a provider without an IMAP entry", () => {
    assert.deepEqual(check(withProtocols("orange", { imap: null })), []);
  });
});
