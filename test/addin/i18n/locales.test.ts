import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import i18next from "i18next";
import { LOCALES, pickLocale } from "@contracts/locales.js";
import { resources as en } from "../../../addin/src/i18n/locales/en/index.js";
import { resources as fr } from "../../../addin/src/i18n/locales/fr/index.js";
import { NAMESPACES } from "../../../addin/src/i18n/index.js";
import { SECTIONS } from "../../../addin/src/views/sections.js";
import { SIGN_IN_ERROR_CODES } from "../../../addin/src/auth/signInError.js";
import { fromRoot } from "../../../server/projectRoot.js";
import { checkCatalog, frenchTypographyProblems } from "../../helpers/catalogs.js";

describe("taskpane translations (addin/src/i18n)", () => {
  it("has one resource per area in each language, the areas i18next loads", () => {
    assert.deepEqual(Object.keys(en).sort(), [...NAMESPACES].sort());
    assert.deepEqual(Object.keys(fr).sort(), [...NAMESPACES].sort());
  });

  for (const namespace of NAMESPACES) {
    it(`${namespace}: same keys and placeholders in English and French, plural forms each language needs`, () => {
      checkCatalog(namespace, { en: en[namespace], fr: fr[namespace] });
    });
  }

  it("writes French the French way (non-breaking spaces before : ; ! ? and inside « », no doubled stops)", () => {
    assert.deepEqual(frenchTypographyProblems(fr), []);
  });

  it("holds exactly the keys the code uses (i18next-cli extract finds nothing to add or remove)", function () {
    this.timeout(60000);
    // --ci exits non-zero when a catalog would change; --dry-run writes nothing.
    execFileSync(
      process.execPath,
      [fromRoot("node_modules/i18next-cli/dist/esm/cli.js"), "extract", "--ci", "--dry-run"],
      { cwd: fromRoot(), stdio: "pipe" }
    );
  });

  it("renders plural forms for 0, 1 and 2 in both languages", async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { en, fr },
      ns: [...NAMESPACES],
      defaultNS: "common",
      interpolation: { escapeValue: false },
    });
    const render = (locale: string, count: number) =>
      instance.getFixedT(locale, "repair")("progress", { count, total: 22 });
    assert.deepEqual(
      [0, 1, 2].map((count) => render("en", count)),
      ["0 of 22 steps done", "1 of 22 steps done", "2 of 22 steps done"]
    );
    assert.deepEqual(
      [0, 1, 2].map((count) => render("fr", count)),
      ["0 étape faite sur 22", "1 étape faite sur 22", "2 étapes faites sur 22"]
    );
    const messages = (locale: string, count: number) =>
      instance.getFixedT(locale, "common")("count.messages", { count });
    assert.deepEqual(
      [0, 1, 2, 12410].map((count) => messages("en", count)),
      ["0 messages", "1 message", "2 messages", "12,410 messages"]
    );
    assert.deepEqual(
      [0, 1, 2, 12410].map((count) => messages("fr", count)),
      ["0 message", "1 message", "2 messages", "12\u202f410 messages"]
    );
    assert.deepEqual(
      [1, 2].map((count) => instance.getFixedT("fr", "monitor")("left", { count })),
      ["environ 1 min restante", "environ 2 min restantes"]
    );
  });

  it("explains every sign-in error (signIn errors.<code>)", () => {
    for (const code of SIGN_IN_ERROR_CODES) {
      assert.ok(code in en.signIn.errors && code in fr.signIn.errors, code);
    }
  });

  it("labels every section of the navigation (common nav.<section>)", () => {
    for (const section of SECTIONS)
      assert.ok(section in en.common.nav && section in fr.common.nav, section);
  });

  it("picks French for any French locale and English otherwise", () => {
    assert.deepEqual(LOCALES, ["en", "fr"]);
    assert.equal(pickLocale("fr-FR"), "fr");
    assert.equal(pickLocale("FR-ca"), "fr");
    assert.equal(pickLocale("en-US"), "en");
    assert.equal(pickLocale("de-DE"), "en");
    assert.equal(pickLocale(null), "en");
  });
});
