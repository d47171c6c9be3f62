// Paints the taskpane before its script runs: after webpack, renders the shell (header, tabs, the
// Diagnose form) as the app first shows it, once per language, into dist/addin/taskpane.<lang>.html
// with its styles. The browser paints that HTML as soon as it arrives; the app's script then renders
// the live page over it (its first render matches). Executing the script takes ~0.5 s on a slow
// machine, so a page that waits for it shows nothing for over a second.
// The server sends the page in the user's language (see server/http/routes/static.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import {
  RendererProvider,
  SSRProvider,
  createDOMRenderer,
  renderToStyleElements,
} from "@fluentui/react-components";
import { LOCALES, type Locale } from "@contracts/locales.js";
import { App } from "../addin/src/views/App.js";
import { createI18n } from "../addin/src/i18n/index.js";
import { readAccountSnapshot } from "../addin/src/office/accountSnapshot.js";
import { fromRoot } from "../server/projectRoot.js";

async function renderShell(locale: Locale): Promise<{ html: string; styles: string }> {
  const i18n = await createI18n(locale);
  const renderer = createDOMRenderer();
  const html = renderToString(
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <App
          i18n={i18n}
          initial={{
            snapshot: readAccountSnapshot(undefined, null, locale),
            store: { get: () => undefined, set: async () => undefined },
          }}
          office={new Promise(() => undefined)}
          languageChosen={false}
        />
      </SSRProvider>
    </RendererProvider>
  );
  return { html, styles: renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>) };
}

const template = readFileSync(fromRoot("dist/addin/taskpane.html"), "utf8");
// html-webpack-plugin minifies the page (unquoted attributes).
const EMPTY_ROOT = /<div id="?root"?><\/div>/;
if (!EMPTY_ROOT.test(template))
  throw new Error("dist/addin/taskpane.html has no empty #root (was it prerendered already?)");
for (const locale of LOCALES) {
  const { html, styles } = await renderShell(locale);
  // `inert`: until the live page replaces it, the painted shell takes no clicks or typing that the
  // live page would not see.
  const page = template
    .replace(/<html lang="?[\w-]*"?/, `<html lang="${locale}"`)
    .replace("</head>", `${styles}</head>`)
    .replace(EMPTY_ROOT, `<div id="root"><div inert data-prerendered>${html}</div></div>`);
  const file = fromRoot(`dist/addin/taskpane.${locale}.html`);
  writeFileSync(file, page);
  writeFileSync(`${file}.gz`, gzipSync(page, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
  );
}
