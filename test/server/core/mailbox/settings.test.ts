import assert from "node:assert/strict";
import { settings } from "../../../../server/core/mailbox/checks/settings.js";
import { mailbox, run, UNAVAILABLE_REASONS } from "./mailboxFixture.js";

const withAutoReply = (status: unknown) =>
  mailbox({ mailboxSettings: { automaticRepliesSetting: { status } } });

const ids = (status: unknown) => run(settings, withAutoReply(status)).map((finding) => finding.id);

describe("mailbox settings check (server/core/mailbox/checks/settings)", () => {
  it("says an automatic reply is on, whichever case Graph writes its status in", () => {
    // Graph's schema has "alwaysEnabled"/"scheduled"; its documentation shows "Scheduled".
    for (const status of ["alwaysEnabled", "scheduled", "Scheduled", "AlwaysEnabled"])
      assert.deepEqual(ids(status), ["mailbox.settings.autoReplyOn"], status);
  });

  it("says nothing when it is off, written 'disabled' or 'Disabled', or when the status is missing", () => {
    for (const status of ["disabled", "Disabled", undefined, null, 3])
      assert.deepEqual(ids(status), [], String(status));
  });

  it("tells what it found about an automatic reply that is on, as an info", () => {
    assert.deepEqual(
      run(
        settings,
        mailbox({ mailboxSettings: { automaticRepliesSetting: { status: "scheduled" } } })
      ),
      [{ id: "mailbox.settings.autoReplyOn", severity: "info" }]
    );
  });

  it("says nothing when the settings hold no automatic reply setting at all", () => {
    assert.deepEqual(
      run(settings, mailbox({ mailboxSettings: { timeZone: "Romance Standard Time" } })),
      []
    );
  });

  it("says settings are not available for this account when Graph refuses to show them", () => {
    assert.deepEqual(run(settings, mailbox({ mailboxSettings: { unavailable: "denied" } })), [
      {
        id: "mailbox.settings.notAvailable",
        severity: "info",
        params: { what: { term: "settings" } },
      },
    ]);
  });

  it("says it could not check the settings, and why, when they could not be read", () => {
    for (const unavailable of UNAVAILABLE_REASONS.filter((reason) => reason !== "denied"))
      assert.deepEqual(
        run(settings, mailbox({ mailboxSettings: { unavailable } })),
        [
          {
            id: `mailbox.couldNotCheck.${unavailable}`,
            severity: "info",
            params: { what: { term: "settings" } },
          },
        ],
        unavailable
      );
  });
});
