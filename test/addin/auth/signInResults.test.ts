// What comes back from a sign-in: dialog messages, tokens' lifetimes, and errors as the user reads them.
import assert from "node:assert/strict";
import { decodeDialogMessage, encodeDialogMessage } from "../../../addin/src/auth/dialogMessage.js";
import { fromJwt, isFresh } from "../../../addin/src/auth/acquiredToken.js";
import { SignInError, fromMsalError } from "../../../addin/src/auth/signInError.js";

const jwt = (payload: object) =>
  `e30.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.c2ln`;

describe("sign-in results (addin/auth)", () => {
  it("the dialog's message round-trips, and anything else is a failed sign-in, never a token", () => {
    const ok = {
      status: "ok" as const,
      accessToken: "a.b.c",
      expiresOn: 1_800_000_000_000,
      username: "marie@hotmail.fr",
    };
    assert.deepEqual(decodeDialogMessage(encodeDialogMessage(ok)), ok);
    assert.deepEqual(
      decodeDialogMessage(encodeDialogMessage({ status: "error", code: "access_denied" })),
      { status: "error", code: "access_denied" }
    );
    for (const raw of [
      "",
      "not json",
      "null",
      '{"status":"ok","accessToken":42}',
      '{"status":"ok","accessToken":"x"}',
      '{"accessToken":"x","expiresOn":1,"username":""}',
    ]) {
      assert.deepEqual(
        decodeDialogMessage(raw),
        { status: "error", code: "malformed_dialog_message" },
        raw
      );
    }
  });

  it("an Office SSO token's expiry and user come from its payload; a token near expiry is renewed", () => {
    const now = Date.now();
    const token = fromJwt(
      jwt({ exp: Math.floor(now / 1000) + 3600, preferred_username: "marie@contoso.com" })
    );
    assert.equal(token.username, "marie@contoso.com");
    assert.ok(isFresh(token, now));
    assert.ok(!isFresh(token, now + 56 * 60_000), "renewed five minutes before it lapses");
    assert.ok(!isFresh(fromJwt("garbage"), now));
  });

  it("msal's and Office's codes become the user's reasons; the user's own choices stop further attempts", () => {
    const cases: [string, string, boolean][] = [
      ["user_cancelled", "cancelled", true],
      ["access_denied", "cancelled", true],
      ["popup_window_error", "popup_blocked", true],
      ["empty_window_error", "popup_blocked", true],
      ["consent_required", "consent_required", false],
      ["invalid_grant", "failed", false],
    ];
    for (const [errorCode, code, final] of cases) {
      const error = fromMsalError({ errorCode });
      assert.equal(error.code, code, errorCode);
      assert.equal(error.final, final, errorCode);
      assert.equal(error.detail, errorCode);
    }
    const own = new SignInError("dialog_blocked", "12009");
    assert.equal(fromMsalError(own), own);
    assert.equal(fromMsalError(new Error("boom")).code, "failed");
  });
});
