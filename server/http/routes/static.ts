// The built taskpane (dist/addin), the local Office.js copy, and the manifest filled from
// configuration. Assets are sent pre-compressed (brotli or gzip, made at build time) when the
// browser accepts it; files whose name carries a content hash are cached for a year, pages are
// revalidated. Source maps stay on the server (for us), never served.
import express, { Router } from "express";
import expressStaticGzip from "express-static-gzip";
import { existsSync, readFileSync } from "node:fs";
import { fromRoot } from "../../projectRoot.js";
import { renderManifest } from "../../manifest/renderManifest.js";
import type { Config } from "../../config.js";
import { notFound } from "../errors.js";
import { pageLocale } from "../pageLocale.js";

/** Bundles named with their content hash (and their pre-compressed copies). */
const HASHED_ASSET = /\.[0-9a-f]{8}\.js(\.gz|\.br)?$/;
/** The taskpane page painted in one language (chosen per request). */
const PAINTED_PAGE = /taskpane\.[a-z]{2}\.html(\.gz|\.br)?$/;

export function staticRoutes(config: Config): Router {
  const router = Router();
  router.get("/", (_req, res) => res.redirect(302, "/taskpane.html"));
  router.get("/manifest.xml", (_req, res) => {
    const template = readFileSync(fromRoot("manifest.xml"), "utf8");
    res
      .type("application/xml")
      .setHeader("Content-Disposition", 'attachment; filename="mailbridge-manifest.xml"')
      .send(
        renderManifest(template, {
          publicUrl: config.publicUrl,
          clientId: config.azure?.clientId ?? null,
        })
      );
  });
  router.get(/\.map$/, notFound);
  // The page painted before its script runs, in the user's language (scripts/prerender-taskpane.tsx);
  // the plain page when the build made none (webpack alone, in watch mode).
  router.get("/taskpane.html", (req, _res, next) => {
    const painted = `/taskpane.${pageLocale(req)}.html`;
    if (existsSync(fromRoot("dist/addin", painted))) req.url = painted;
    next();
  });
  router.use(
    expressStaticGzip(fromRoot("dist/addin"), {
      enableBrotli: true,
      orderPreference: ["br", "gz"],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res, filePath) => {
          res.setHeader(
            "Cache-Control",
            HASHED_ASSET.test(filePath) ? "public, max-age=31536000, immutable" : "no-cache"
          );
          // Added here: the compression middleware sets its own Vary first.
          if (PAINTED_PAGE.test(filePath)) res.appendHeader("Vary", "Accept-Language, Cookie");
        },
      },
    })
  );
  // Fallback for when Microsoft's CDN is unreachable (see addin/src/office/officeHost.ts).
  router.use(
    "/office-js",
    express.static(fromRoot("node_modules/@microsoft/office-js/dist"), {
      index: false,
      maxAge: "1d",
    })
  );
  return router;
}
