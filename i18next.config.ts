// i18next-cli: the taskpane's catalogs are kept in sync with the keys the code uses. `npm run lint`
// runs `i18next-cli extract --ci --dry-run`, which fails when a key is used but missing, or present
// but no longer used.
import { defineConfig } from "i18next-cli";

export default defineConfig({
  locales: ["en", "fr"],
  extract: {
    input: ["addin/src/**/*.{ts,tsx}"],
    ignore: ["addin/src/i18n/**"],
    output: "addin/src/i18n/locales/{{language}}/{{namespace}}.json",
    defaultNS: "common",
    primaryLanguage: "en",
    sort: false,
    indentation: 2,
    extractFromComments: false,
    removeUnusedKeys: true,
    // Keys built at run time from data (a step id, a target, a status): whole groups are kept.
    preservePatterns: [
      "repair:steps.*",
      "repair:targets.*",
      "repair:phases.*",
      "diagnose:questions.*",
      "diagnose:severity.*",
      "account:*",
      "unify:apply.folder.*",
      "unify:apply.rule.*",
      "unify:targets.*",
      "signIn:errors.*",
      "mailbox:failed",
      "import:openFailed.*",
      "import:waiting.*",
      "import:notHonoured.*",
    ],
  },
});
