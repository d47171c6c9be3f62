// The taskpane's files as a browser gets them: compressed, cached for as long as they cannot change,
// and without the source maps (needs `npm run build`, which `npm test` does first).
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import zlib from "node:zlib";
import { fromRoot } from "../../../server/projectRoot.js";
import { startTestApp, type TestApp } from "../../helpers/testApp.js";
import { rawRequest } from "../../helpers/rawHttp.js";

/** Raw HTTP, because fetch always asks for compression and decodes it. */
const get = (url: string, acceptEncoding?: string, headers: Record<string, string> = {}) => {
  const { origin, pathname } = new URL(url);
  return rawRequest(origin, {
    path: pathname,
    headers: { ...headers, ...(acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {}) },
  });
};

describe("the taskpane's files (static routes)", () => {
  let app: TestApp;
  const bundle = readdirSync(fromRoot("dist/addin")).find((name) =>
    /^taskpane\.[0-9a-f]{8}\.js$/.test(name)
  )!;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  it("sends the pre-compressed brotli copy to a browser that accepts it", async () => {
    const response = await get(`${app.url}/${bundle}`, "gzip, deflate, br");
    assert.equal(response.status, 200);
    assert.equal(response.headers["content-encoding"], "br");
    assert.match(response.headers["content-type"] ?? "", /^(text|application)\/javascript/);
    assert.match(zlib.brotliDecompressSync(response.body).toString(), /createRoot|react/);
  });

  it("has pages revalidated, so a new release is picked up at once", async () => {
    const response = await get(`${app.url}/taskpane.html`, "br");
    assert.equal(response.headers["cache-control"], "no-cache");
    assert.match(response.headers.etag ?? "", /^W\/"/);
    assert.match(zlib.brotliDecompressSync(response.body).toString(), /<div id="root">/);
  });

  it("sends the page already painted in the browser's language, or in the one picked in the header", async () => {
    const page = async (headers: Record<string, string>) => {
      const response = await get(`${app.url}/taskpane.html`, "br", headers);
      assert.equal(response.status, 200);
      assert.match(String(response.headers.vary), /Accept-Language/);
      assert.match(String(response.headers.vary), /Cookie/);
      return zlib.brotliDecompressSync(response.body).toString();
    };
    const french = await page({ "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" });
    assert.match(french, /<html lang="fr"/);
    assert.match(french, /<div id="root"><div inert data-prerendered>/);
    assert.match(french, /Que se passe-t-il avec votre courrier/);
    // The shell's styles come with it, so it is painted as the app shows it.
    assert.match(french, /<style[^>]*data-make-styles-bucket/);

    const english = await page({ "Accept-Language": "de-DE,fr;q=0.8" });
    assert.match(english, /<html lang="en"/, "the browser's first language, as the app picks it");
    assert.match(english, /What happens with your mail\?/);

    const chosen = await page({
      "Accept-Language": "fr-FR",
      Cookie: "other=1; mailbridge.language=en",
    });
    assert.match(chosen, /<html lang="en"/);
    const forged = await page({ "Accept-Language": "fr-FR", Cookie: "mailbridge.language=xx" });
    assert.match(forged, /<html lang="fr"/, "an unknown language in the cookie is ignored");
  });

  it("caches a hashed bundle for a year, gzip when brotli is not accepted", async () => {
    const response = await get(`${app.url}/${bundle}`, "gzip");
    assert.equal(response.headers["content-encoding"], "gzip");
    assert.equal(response.headers["cache-control"], "public, max-age=31536000, immutable");
    const raw = await get(`${app.url}/${bundle}`);
    assert.equal(raw.headers["content-encoding"], undefined);
    assert.deepEqual(zlib.gunzipSync(response.body), raw.body);
    assert.ok(response.body.length < raw.body.length / 2, "compressed to less than half");
  });

  it("never serves source maps", async () => {
    const response = await get(`${app.url}/${bundle}.map`);
    assert.equal(response.status, 404);
    const bytes = await get(`${app.url}/${bundle}`);
    assert.doesNotMatch(bytes.body.toString(), /sourceMappingURL/);
  });
});
