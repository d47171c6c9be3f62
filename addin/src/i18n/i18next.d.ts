// Translation keys are checked at compile time: t("…") must name a key of the English resources
// (French has the same keys, checked by test/addin/i18n).
import "i18next";
import type { resources } from "./locales/en/index.js";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof resources;
  }
}
