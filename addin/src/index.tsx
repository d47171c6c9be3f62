// Taskpane entry point: paint at once in the language the user chose before (or the browser's),
// then let Office.js tell, in the background, whether Outlook is here.
import { createRoot } from "react-dom/client";
import { pickLocale } from "@contracts/locales.js";
import { standaloneStart, startOffice } from "./office/officeHost.js";
import { createI18n } from "./i18n/index.js";
import { loadLanguageChoice } from "./storage/languageChoice.js";
import { App } from "./views/App.js";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("#root is missing from taskpane.html");
  const browserLanguage = navigator.language || "en";
  const chosen = loadLanguageChoice();
  const i18n = await createI18n(chosen ?? pickLocale(browserLanguage));
  createRoot(container).render(
    <App
      i18n={i18n}
      initial={standaloneStart(browserLanguage)}
      office={afterFirstPaint().then(() => startOffice(browserLanguage))}
      languageChosen={chosen !== null}
    />
  );
}

/**
 * Office.js (the local copy, when the CDN fails) takes the main thread for a while as it starts:
 * let the shell be painted first. And a script added before the page's load event holds that event
 * for as long as the CDN hangs (the browser shows the page as still loading): start after it.
 * Office then starts as before, Office.onReady first.
 */
function afterFirstPaint(): Promise<void> {
  const loaded =
    document.readyState === "complete"
      ? Promise.resolve()
      : new Promise<void>((resolve) =>
          window.addEventListener("load", () => resolve(), { once: true })
        );
  return loaded.then(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  );
}

void main();
