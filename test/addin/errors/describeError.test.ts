import assert from "node:assert/strict";
import i18next, { type TFunction } from "i18next";
import {
  SERVICE_ERRORS,
  type ServiceErrorCode,
  type ServiceErrorDetails,
  type ServiceErrorPayload,
} from "@contracts/serviceErrors.js";
import { ApiError } from "../../../addin/src/api/client.js";
import { describeError, problemsByField } from "../../../addin/src/errors/describeError.js";
import { resources as en } from "../../../addin/src/i18n/locales/en/index.js";
import { resources as fr } from "../../../addin/src/i18n/locales/fr/index.js";

const instance = i18next.createInstance();
await instance.init({
  resources: { en, fr },
  ns: ["errors"],
  defaultNS: "errors",
  interpolation: { escapeValue: false },
});
const tOf = (locale: string) => instance.getFixedT(locale, "errors") as TFunction<"errors">;

/** A plausible answer for each code, with the details the service sends. */
const DETAILS: ServiceErrorDetails & Partial<Record<ServiceErrorCode, unknown>> = {
  not_found: { method: "GET", path: "/api/nothing" },
  rate_limited: { retryAfterSeconds: 12 },
  body_too_large: { limitBytes: 16 * 1024 },
  invalid_request: {
    in: "body",
    problems: [
      {
        path: ["rules", 1, "name"],
        problem: "too_big",
        maximum: 200,
        of: "string",
        message: "must be at most 200 characters",
      },
    ],
  },
  invalid_email: { path: ["email"] },
  unknown_provider: { domain: "example.org" },
  unauthorized: { reason: "expired_token" },
  consent_required: { purpose: "write" },
  token_exchange_failed: { reason: "invalid_grant" },
  graph_throttled: { retryAfterSeconds: 30 },
  graph_failed: { graphStatus: 404, graphCode: "ErrorItemNotFound" },
  compile_output_too_large: { limitBytes: 8 * 1024 * 1024 },
  mailbox_busy: { retryAfterSeconds: 5 },
  server_busy: { retryAfterSeconds: 2 },
  temporarily_unavailable: { retryAfterSeconds: 3 },
};
const errorFor = (code: ServiceErrorCode) =>
  new ApiError(SERVICE_ERRORS[code].status, {
    code,
    message: "English for logs",
    ...(DETAILS[code] ? { details: DETAILS[code] } : {}),
  } as ServiceErrorPayload);

describe("errors in the user's language (addin/src/errors)", () => {
  for (const code of Object.keys(SERVICE_ERRORS) as ServiceErrorCode[]) {
    it(`${code}: a sentence in each language, never the service's English message`, () => {
      const english = describeError(errorFor(code), tOf("en"), "en");
      const french = describeError(errorFor(code), tOf("fr"), "fr");
      for (const text of [english, french]) {
        assert.ok(text.length > 10, text);
        assert.doesNotMatch(text, /English for logs|codes\.|problems\.|fields\.|\{\{/);
      }
      assert.notEqual(french, english);
    });
  }

  it("network failures and answers that are not ours have words too", () => {
    assert.match(
      describeError(new ApiError(0, { code: "network" }), tOf("fr"), "fr"),
      /^MailBridge n’a pas pu joindre son service/
    );
    assert.match(
      describeError(new ApiError(502, { code: "unexpected_answer" }), tOf("en"), "en"),
      /did not understand/
    );
  });

  it("names the field a problem concerns, with numbers the user's way", () => {
    assert.equal(
      describeError(errorFor("invalid_request"), tOf("fr"), "fr"),
      "Certaines valeurs ne sont pas valables\u00a0: La règle 2, son nom peut compter au plus 200 caractères."
    );
    assert.match(describeError(errorFor("rate_limited"), tOf("en"), "en"), /wait 12 seconds/);
    assert.match(describeError(errorFor("body_too_large"), tOf("fr"), "fr"), /plus de 16 Ko/);
    assert.deepEqual(
      [...problemsByField(errorFor("invalid_email"), tOf("en"))],
      [["email", "This is not an email address: an address looks like name@example.com."]]
    );
    assert.deepEqual(
      [...problemsByField(errorFor("invalid_request"), tOf("en"))],
      [["rules.1.name", "Rule 2, its name can have at most 200 characters"]]
    );
  });
});
