// Renders addin/assets/icon.svg to the PNG sizes Office asks for (16, 32, 64, 80, 128) with the same
// headless Chromium the browser tests use. Run after editing the SVG: npx tsx scripts/render-icons.ts
import { readFileSync } from "node:fs";
import { launchBrowser } from "../test/helpers/browser.js";
import { fromRoot } from "../server/projectRoot.js";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const svg = readFileSync(fromRoot("addin/assets/icon.svg"), "utf8");
const browser = await launchBrowser();
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
    );
    await page.screenshot({
      path: fromRoot(`addin/assets/icon-${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
