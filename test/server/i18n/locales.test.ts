import assert from "node:assert/strict";
import { SERVICE_RESOURCES, translator } from "../../../server/i18n/index.js";
import { checkCatalog, frenchTypographyProblems } from "../../helpers/catalogs.js";

describe("service translations (server/i18n)", () => {
  it("findings: same keys and placeholders in English and French, plural forms each language needs", () => {
    checkCatalog("findings", {
      en: SERVICE_RESOURCES.en.findings,
      fr: SERVICE_RESOURCES.fr.findings,
    });
  });

  it("writes French the French way", () => {
    assert.deepEqual(frenchTypographyProblems(SERVICE_RESOURCES.fr.findings), []);
  });

  it("refuses a key it does not have instead of showing the key", () => {
    assert.throws(
      () => translator("fr")("mailbox.nothing.title"),
      /missing translation fr:mailbox\.nothing\.title/
    );
    assert.throws(
      () => translator("en")("mailbox.nothing.detail", { count: 2 }),
      /missing translation en:mailbox\.nothing\.detail/
    );
  });

  it("picks plural forms from count for 0, 1 and 2", () => {
    const title = (locale: "en" | "fr", count: number) =>
      translator(locale)("mailbox.rules.ok.title", { count });
    assert.deepEqual(
      [0, 1, 2].map((count) => title("en", count)),
      ["No inbox rules", "Your inbox rule looks fine", "Your 2 inbox rules look fine"]
    );
    assert.deepEqual(
      [0, 1, 2].map((count) => title("fr", count)),
      [
        "Aucune règle dans la boîte de réception",
        "Votre règle de boîte de réception semble correcte",
        "Vos 2 règles de boîte de réception semblent correctes",
      ]
    );
  });
});
