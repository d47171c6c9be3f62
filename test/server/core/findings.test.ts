import assert from "node:assert/strict";
import type { FindingDraft, FindingParam } from "../../../server/core/diagnosis/check.js";
import { renderFindings, type Translate } from "../../../server/core/findings.js";
import { translator } from "../../../server/i18n/index.js";

/** A catalog that answers with the key it is asked for and keeps the values it is given. */
function recordingCatalog() {
  const asked: { key: string; params: Record<string, string | number> | undefined }[] = [];
  const t: Translate = (key, params) => {
    asked.push({ key, params });
    return `<${key}>`;
  };
  return { t, asked };
}
/** The values a finding's texts are given for one parameter, in a locale. */
function written(value: FindingParam, locale: "en" | "fr", name = "value") {
  const { t, asked } = recordingCatalog();
  renderFindings([{ id: "x", severity: "info", params: { [name]: value } }], t, locale);
  const title = asked.find((call) => call.key === "x.title");
  return title?.params?.[name];
}

describe("findings in the user's language (server/core/findings)", () => {
  it("orders by severity, error first, keeping the checks' order within one severity", () => {
    const drafts: FindingDraft[] = [
      { id: "info-1", severity: "info" },
      { id: "ok-1", severity: "ok" },
      { id: "error-1", severity: "error" },
      { id: "info-2", severity: "info" },
      { id: "warning-1", severity: "warning" },
      { id: "error-2", severity: "error" },
      { id: "ok-2", severity: "ok" },
      { id: "warning-2", severity: "warning" },
    ];
    const { t } = recordingCatalog();
    assert.deepEqual(
      renderFindings(drafts, t, "en").map((finding) => finding.id),
      ["error-1", "error-2", "warning-1", "warning-2", "info-1", "info-2", "ok-1", "ok-2"]
    );
    assert.deepEqual(
      drafts.map((draft) => draft.id).slice(0, 2),
      ["info-1", "ok-1"],
      "the checks' list is left as it was"
    );
  });

  it("takes title and detail from <id>.title and <id>.detail, and keeps the severity and fix step", () => {
    const { t, asked } = recordingCatalog();
    const drafts: FindingDraft[] = [
      { id: "backupPst", severity: "warning", fixId: "backup-pst" },
      { id: "connectedModern", severity: "ok" },
    ];
    assert.deepEqual(renderFindings(drafts, t, "en"), [
      {
        id: "backupPst",
        severity: "warning",
        title: "<backupPst.title>",
        detail: "<backupPst.detail>",
        fixId: "backup-pst",
      },
      {
        id: "connectedModern",
        severity: "ok",
        title: "<connectedModern.title>",
        detail: "<connectedModern.detail>",
      },
    ]);
    assert.deepEqual(asked, [
      { key: "backupPst.title", params: undefined },
      { key: "backupPst.detail", params: undefined },
      { key: "connectedModern.title", params: undefined },
      { key: "connectedModern.detail", params: undefined },
    ]);
  });

  it("gives the title and the detail the same written parameters", () => {
    const { t, asked } = recordingCatalog();
    renderFindings(
      [{ id: "x", severity: "info", params: { domain: "b.fr", size: { bytes: 2048 } } }],
      t,
      "en"
    );
    const expected = { domain: "b.fr", size: "2 KB" };
    assert.deepEqual(asked, [
      { key: "x.title", params: expected },
      { key: "x.detail", params: expected },
    ]);
  });

  it("writes text as it is", () => {
    assert.equal(written("mx1.mail.ovh.net", "fr"), "mx1.mail.ovh.net");
  });

  it("writes numbers with the locale's digits", () => {
    assert.equal(written(12345.5, "en"), "12,345.5");
    assert.equal(written(12345.5, "fr"), "12\u202f345,5");
  });

  it("leaves `count` a number, for the catalog to pick the plural form", () => {
    assert.equal(written(12345, "fr", "count"), 12345);
  });

  it("writes sizes in the locale's units", () => {
    assert.equal(written({ bytes: 15215886336 }, "en"), "14.2 GB");
    assert.equal(written({ bytes: 15215886336 }, "fr"), "14,2 Go");
  });

  it("writes a share (0..1) as a percentage", () => {
    assert.equal(written({ percent: 0.425 }, "en"), "43%");
    assert.equal(written({ percent: 0.425 }, "fr"), "43\u00a0%");
  });

  it("writes a list the locale's way", () => {
    assert.equal(written({ list: ["a", "b", "c"] }, "en"), "a, b, and c");
    assert.equal(written({ list: ["a", "b", "c"] }, "fr"), "a, b et c");
  });

  it("writes folders as a list of names with their sizes", () => {
    const folders = [
      { name: "Inbox", bytes: 3 * 1024 ** 2 },
      { name: "Old", bytes: 15215886336 },
    ];
    assert.equal(written({ folders }, "en"), "Inbox (3 MB) and Old (14.2 GB)");
    assert.equal(written({ folders }, "fr"), "Inbox (3 Mo) et Old (14,2 Go)");
  });

  it("writes a word of the catalog in the reader's language", () => {
    const draft: FindingDraft = {
      id: "host.standalone",
      severity: "info",
      params: { version: "?", webmail: { term: "providerWebsite" } },
    };
    const [en] = renderFindings([draft], translator("en"), "en");
    assert.match(en!.detail, /on the web \(your provider's website\)/);
    const [fr] = renderFindings([draft], translator("fr"), "fr");
    assert.match(fr!.detail, /sur le web \(le site de votre fournisseur\)/);
  });
});
