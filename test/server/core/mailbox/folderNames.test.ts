import assert from "node:assert/strict";
import { folderNames } from "../../../../server/core/mailbox/folderNames.js";
import { folder, mailbox } from "./mailboxFixture.js";

describe("the mailbox's own folder names (server/core/mailbox/folderNames)", () => {
  it("names each well-known folder as the mailbox shows it, in its language", () => {
    assert.deepEqual(
      folderNames(
        mailbox({
          folders: [
            folder("Boîte de réception", 1, { wellKnownName: "inbox" }),
            folder("Éléments envoyés", 1, { wellKnownName: "sentitems" }),
            folder("Brouillons", 1, { wellKnownName: "drafts" }),
            folder("Éléments supprimés", 1, { wellKnownName: "deleteditems" }),
            folder("Courrier indésirable", 1, { wellKnownName: "junkemail" }),
            folder("Archives", 1, { wellKnownName: "archive" }),
          ],
        })
      ),
      {
        inbox: "Boîte de réception",
        sentitems: "Éléments envoyés",
        drafts: "Brouillons",
        deleteditems: "Éléments supprimés",
        junkemail: "Courrier indésirable",
        archive: "Archives",
      }
    );
  });

  it("leaves out folders without a role, and roles the rules do not speak of", () => {
    assert.deepEqual(
      folderNames(
        mailbox({
          folders: [
            folder("Factures", 1),
            folder("Boîte d'envoi", 1, { wellKnownName: "outbox" }),
            folder("Boîte de réception", 1, { wellKnownName: "inbox" }),
          ],
        })
      ),
      { inbox: "Boîte de réception" }
    );
  });

  it("keeps the first folder Graph lists for a role", () => {
    assert.deepEqual(
      folderNames(
        mailbox({
          folders: [
            folder("Inbox", 1, { wellKnownName: "inbox" }),
            folder("Inbox (old)", 1, { wellKnownName: "inbox" }),
          ],
        })
      ),
      { inbox: "Inbox" }
    );
  });

  it("names nothing when no folder was listed", () => {
    assert.deepEqual(folderNames(mailbox({ folders: [] })), {});
  });
});
