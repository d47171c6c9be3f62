import assert from "node:assert/strict";
import { isUnavailable } from "../../../../server/core/mailbox/mailboxData.js";

describe("a part of the mailbox that could not be read (server/core/mailbox/mailboxData)", () => {
  it("is told by its reason", () => {
    for (const unavailable of ["throttled", "denied", "error"])
      assert.equal(isUnavailable({ unavailable }), true, unavailable);
  });

  it("is not data that was read: a user, a message, a list of rules, settings", () => {
    for (const value of [
      { displayName: "Marie", mail: "marie@hotmail.fr" },
      { receivedDateTime: null },
      [],
      {},
    ])
      assert.equal(isUnavailable(value), false, JSON.stringify(value));
  });

  it("is not a value that is no object, without throwing", () => {
    for (const value of [null, undefined, "unavailable", 0])
      assert.equal(isUnavailable(value), false, String(value));
  });
});
