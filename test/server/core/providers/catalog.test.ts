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
      /^Error: domain hotmail\.fr is listed by both microsoft-consumer and orange$/
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

  it("refuses an empty catalog", () => {
    assert.throws(() => parseCatalog([]), /^Error: the provider catalog is empty$/);
  });

  it("reads only the .json files of the folder (not its README), in name order", () => {
    const names = readCatalogFiles().map((file) => file.name);
    assert.ok(
      names.every((name) => name.endsWith(".json")),
      names.join(" ")
    );
    assert.deepEqual(names, [...names].sort());
    assert.ok(names.includes("orange.json") && names.includes("zoho-eu.json"));
  });

  it("a provider without webmail or MX names has none, rather than undefined", () => {
    const orange = parseCatalog(files()).find((provider) => provider.id === "orange")!;
    assert.equal(orange.webmail, null);
    assert.deepEqual(orange.mx, []);
    const ovh = parseCatalog(files()).find((provider) => provider.id === "ovhcloud")!;
    assert.equal(ovh.webmail, "https://www.ovhcloud.com/fr/mail/");
    assert.deepEqual(
      ovh.mx.map((pattern) => pattern.suffix),
      ["mail.ovh.net"]
    );
  });

  it("accepts a blocked or unverified protocol without servers", () => {
    const catalog = files();
    const protocols = byId(catalog, "orange").protocols as Record<string, unknown>[];
    Object.assign(protocols[0]!, { host: null, port: null, security: null, status: "blocked" });
    Object.assign(protocols[1]!, { host: null, port: null, security: null, unverified: true });
    const orange = parseCatalog(catalog).find((provider) => provider.id === "orange")!;
    assert.deepEqual(
      orange.protocols.slice(0, 2).map((entry) => [entry.protocol, entry.host]),
      [
        ["pop3", null],
        ["imap", null],
      ]
    );
  });

  it("refuses an available protocol without a port or without security, as without a host", () => {
    for (const missing of ["port", "security"]) {
      const catalog = files();
      const protocols = byId(catalog, "orange").protocols as Record<string, unknown>[];
      protocols[1]![missing] = null;
      assert.throws(
        () => parseCatalog(catalog),
        /orange\.json: .*needs host, port and security/s,
        missing
      );
    }
  });
});
