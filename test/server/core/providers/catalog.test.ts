import assert from "node:assert/strict";
import {
  parseCatalog,
  readCatalogFiles,
  type CatalogFile,
} from "../../../../server/core/providers/catalog.js";

/** The real catalog files, parsed afresh so a test can spoil one. */
const files = (): (CatalogFile & { data: Record<string, unknown> })[] =>
  readCatalogFiles().map((file) => ({ ...file, data: file.data as Record<string, unknown> }));
const byId = (catalog: ReturnType<typeof files>, id: string) =>
  catalog.find((file) => file.name === `${id}.json`)!.data;

describe("provider catalog data (server/core/providers/catalog/*.json)", () => {
  it("loads one file per provider and passes its schema", () => {
    const providers = parseCatalog(files());
    assert.ok(providers.length >= 12);
    assert.ok(providers.some((provider) => provider.id === "microsoft-consumer"));
  });

  it("refuses a domain claimed by two providers", () => {
    const catalog = files();
    (byId(catalog, "orange").domains as string[]).push("hotmail.fr");
    assert.throws(
      () => parseCatalog(catalog),
      /hotmail\.fr is listed by both microsoft-consumer and orange/
    );
  });

  it("refuses an available protocol without host, port and security, naming the file", () => {
    const catalog = files();
    const protocols = byId(catalog, "microsoft-consumer").protocols as Record<string, unknown>[];
    protocols[1]!.host = null;
    assert.throws(
      () => parseCatalog(catalog),
      /microsoft-consumer\.json: .*needs host, port and security/s
    );
  });

  it("refuses an entry without a public https source", () => {
    const catalog = files();
    const protocols = byId(catalog, "microsoft-consumer").protocols as Record<string, unknown>[];
    protocols[0]!.source = "http://example.org";
    assert.throws(() => parseCatalog(catalog), /microsoft-consumer\.json: .*source/s);
  });

  it("refuses a file not named after its provider's id", () => {
    const catalog = files();
    catalog[0]!.name = "renamed.json";
    assert.throws(() => parseCatalog(catalog), /renamed\.json: the file must be named/);
  });
});
