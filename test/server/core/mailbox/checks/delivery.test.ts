import assert from "node:assert/strict";
import { delivery } from "../../../../../server/core/mailbox/checks/delivery.js";
import { mailbox, NOW, run, UNAVAILABLE_REASONS } from "../mailboxFixture.js";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** The check's findings when the newest inbox message arrived `ago` milliseconds before NOW. */
const arrived = (ago: number) =>
  run(
    delivery,
    mailbox({
      newestInboxMessage: { receivedDateTime: new Date(NOW.getTime() - ago).toISOString() },
    })
  );

describe("mail delivery check (server/core/mailbox/checks/delivery)", () => {
  it("says mail arrives, with how many hours ago the newest message came", () => {
    assert.deepEqual(arrived(3 * HOUR), [
      { id: "mailbox.delivery.recent", severity: "ok", params: { count: 3 } },
    ]);
  });

  it("rounds the hours to the nearest: 1 h 29 min is 1 hour, 1 h 30 min is 2", () => {
    assert.deepEqual(arrived(89 * 60_000)[0]!.params, { count: 1 });
    assert.deepEqual(arrived(90 * 60_000)[0]!.params, { count: 2 });
  });

  it("says 0 hours for a message dated a little in the future (a clock ahead), never a negative", () => {
    assert.deepEqual(arrived(-2 * HOUR), [
      { id: "mailbox.delivery.recent", severity: "ok", params: { count: 0 } },
    ]);
  });

  it("still calls mail recent until it is 3 full days old", () => {
    assert.deepEqual(arrived(3 * DAY - 1), [
      { id: "mailbox.delivery.recent", severity: "ok", params: { count: 72 } },
    ]);
    // 2.9 days: counted in whole days it is 2, not yet 3.
    assert.equal(arrived(2.9 * DAY)[0]!.id, "mailbox.delivery.recent");
  });

  it("warns that nothing has arrived for 3 days or more, in whole days", () => {
    assert.deepEqual(arrived(3 * DAY), [
      { id: "mailbox.delivery.stale", severity: "warning", params: { count: 3 } },
    ]);
    assert.deepEqual(arrived(10.9 * DAY), [
      { id: "mailbox.delivery.stale", severity: "warning", params: { count: 10 } },
    ]);
  });

  it("says the inbox is empty when it holds no message", () => {
    assert.deepEqual(run(delivery, mailbox({ newestInboxMessage: { receivedDateTime: null } })), [
      { id: "mailbox.delivery.empty", severity: "info" },
    ]);
  });

  it("says it could not check, and why, when the inbox could not be read", () => {
    for (const unavailable of UNAVAILABLE_REASONS)
      assert.deepEqual(
        run(delivery, mailbox({ newestInboxMessage: { unavailable } })),
        [
          {
            id: `mailbox.couldNotCheck.${unavailable}`,
            severity: "info",
            params: { what: { term: "delivery" } },
          },
        ],
        unavailable
      );
  });
});
