import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseCatalog } from "../../../../server/core/providers/catalog.js";
import { fromRoot } from "../../../../server/projectRoot.js";

const data = () =>
  JSON.parse(readFileSync(fromRoot("server/core/providers/providers.json"), "utf8")) as {
    providers: Record<string, unknown>[];
  };

describe("provider catalog data (server/core/providers/providers.json)", () => {
  it("loads and passes its schema", () => {
    assert.ok(parseCatalog(data()).length >= 12);
  });

  it("refuses a domain claimed by two providers", () => {
    const catalog = data();
    (catalog.providers[1]!.domains as string[]).push("hotmail.fr");
    assert.throws(
      () => parseCatalog(catalog),
      /hotmail\.fr is listed by both microsoft-consumer and/
    );
  });

  it("refuses an available protocol without host, port and security", () => {
    const catalog = data();
    const protocols = catalog.providers[0]!.protocols as Record<string, unknown>[];
    protocols[1]!.host = null;
    assert.throws(() => parseCatalog(catalog), /needs host, port and security/);
  });

  it("refuses an entry without a public https source", () => {
    const catalog = data();
    const protocols = catalog.providers[0]!.protocols as Record<string, unknown>[];
    protocols[0]!.source = "http://example.org";
    assert.throws(() => parseCatalog(catalog));
  });
});
