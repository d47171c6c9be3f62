// Taskpane entry point: start Office.js (or decide we are standalone), pick the language, render.
import { createRoot } from "react-dom/client";
import { startOffice } from "./office/officeHost.js";
import { pickLocale } from "@contracts/locales.js";
import { createI18n } from "./i18n/index.js";
import { loadProgress } from "./repair/progress.js";
import { App } from "./views/App.js";

async function main(): Promise<void> {
  const { snapshot, store } = await startOffice();
  const i18n = await createI18n(pickLocale(snapshot.displayLanguage));
  const container = document.getElementById("root");
  if (!container) throw new Error("#root is missing from taskpane.html");
  createRoot(container).render(
    <App snapshot={snapshot} store={store} initialProgress={loadProgress(store)} i18n={i18n} />
  );
}

void main();
