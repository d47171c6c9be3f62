import assert from "node:assert/strict";
import type { Rule } from "@contracts/rules.js";
import {
  CompileContext,
  recipientsWithAccount,
  splitHeader,
} from "../../../../server/core/rules/compileContext.js";

const rule: Rule = { name: "Gmail", actions: { markAsRead: true } };
const words = {
  en: "the account is matched: as a recipient!",
  fr: "le compte est reconnu : comme « destinataire » ?",
};

describe("compile context (server/core/rules)", () => {
  it("shows a path's leading Inbox, in any case, under the mailbox's own name", () => {
    const french = new CompileContext("outlook-classic", "fr", [], "Boîte de réception");
    assert.deepEqual(french.folderPathForPeople(["Inbox", "Gmail"]), [
      "Boîte de réception",
      "Gmail",
    ]);
    assert.deepEqual(french.folderPathForPeople(["INBOX"]), ["Boîte de réception"]);
    assert.deepEqual(french.folderPathForPeople(["Archives", "Inbox"]), ["Archives", "Inbox"]);
    const english = new CompileContext("outlook-classic", "en");
    assert.deepEqual(english.folderPathForPeople(["inbox", "Gmail"]), ["Inbox", "Gmail"]);
    assert.deepEqual(english.ownAddresses, []);
  });

  it("reports a left-out rule, an approximation and a note with their kind, field and words", () => {
    const context = new CompileContext("sieve", "en");
    context.leftOut(rule, "conditions.headerContains", words);
    context.approximated(rule, "conditions.receivedThroughAccount", words);
    context.note(rule, "actions.forwardTo", words);
    assert.deepEqual(context.warnings, [
      {
        rule: "Gmail",
        target: "sieve",
        kind: "left-out",
        field: "conditions.headerContains",
        message: "Rule left out: the account is matched: as a recipient!",
      },
      {
        rule: "Gmail",
        target: "sieve",
        kind: "approximated",
        field: "conditions.receivedThroughAccount",
        message: "Approximation: the account is matched: as a recipient!",
      },
      {
        rule: "Gmail",
        target: "sieve",
        kind: "note",
        field: "actions.forwardTo",
        message: "the account is matched: as a recipient!",
      },
    ]);
    assert.equal(context.words(words), words.en);
  });

  it("leaves English warnings' spaces as they are", () => {
    const context = new CompileContext("gmail", "en");
    context.note(rule, "f", { en: "a subject like “Re : news ?” stays as written", fr: "" });
    assert.equal(context.warnings[0]!.message, "a subject like “Re : news ?” stays as written");
  });

  it("writes French warnings with French typography, but leaves texts for files as they are", () => {
    const context = new CompileContext("gmail", "fr");
    context.leftOut(rule, "f", words);
    context.approximated(rule, "f", words);
    context.note(rule, "f", words);
    assert.deepEqual(
      context.warnings.map((warning) => warning.message),
      [
        "Règle non incluse\u00a0: le compte est reconnu\u00a0: comme «\u00a0destinataire\u00a0»\u202f?",
        "Approximation\u00a0: le compte est reconnu\u00a0: comme «\u00a0destinataire\u00a0»\u202f?",
        "le compte est reconnu\u00a0: comme «\u00a0destinataire\u00a0»\u202f?",
      ]
    );
    assert.equal(context.words(words), words.fr);
  });

  it("splits a header condition into its name and the value looked for", () => {
    assert.deepEqual(splitHeader("X-Forwarded-For: me@gmail.com"), [
      "X-Forwarded-For",
      "me@gmail.com",
    ]);
    assert.deepEqual(splitHeader("List-Id:<news.example.com>"), ["List-Id", "<news.example.com>"]);
    assert.deepEqual(splitHeader("X-A:  two spaces"), ["X-A", " two spaces"]);
    assert.deepEqual(splitHeader("X-A: line\nbreak"), ["X-A", "line\nbreak"]);
    assert.deepEqual(splitHeader("!~: edges"), ["!~", "edges"]);
  });

  it("finds no header name where RFC 5322 would not: spaces, colons, non-ASCII, or no value", () => {
    for (const entry of ["List-Id", "X A: b", ":value", "É: b", "X-A:", "X-A: ", "x\n: b"])
      assert.equal(splitHeader(entry), null, JSON.stringify(entry));
  });

  it("matches the received-through account as one more recipient, each address once", () => {
    assert.deepEqual(recipientsWithAccount({}), []);
    assert.deepEqual(recipientsWithAccount({ receivedThroughAccount: "me@gmail.com" }), [
      "me@gmail.com",
    ]);
    assert.deepEqual(
      recipientsWithAccount({
        sentToAddresses: ["A@example.com", "b@example.com", "a@EXAMPLE.com"],
        receivedThroughAccount: "me@gmail.com",
      }),
      ["A@example.com", "b@example.com", "me@gmail.com"]
    );
    assert.deepEqual(
      recipientsWithAccount({
        sentToAddresses: ["me@gmail.com"],
        receivedThroughAccount: "ME@gmail.com",
      }),
      ["me@gmail.com"]
    );
  });
});
