// i18next-cli: the taskpane's catalogs are kept in sync with the keys the code uses. `npm run lint`
// runs `i18next-cli extract --ci --dry-run`, which fails when a key is used but missing, or present
// but no longer used.
import { defineConfig } from "i18next-cli";

export default defineConfig({
  locales: ["en", "fr"],
  extract: {
    input: ["addin/src/**/*.{ts,tsx}"],
    // describeError.ts receives the "errors" namespace's t as a parameter, which extraction cannot
    // follow: that namespace is kept whole below, and its use checked by the compiler's key types.
    ignore: ["addin/src/i18n/**", "addin/src/errors/**"],
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
      "migrate:unreadable.*",
      "errors:*",
      "unify:problems.*",
      "mailbox:failed",
      "import:openFailed.*",
      "import:waiting.*",
      "import:notHonoured.*",
      "import:interrupted.*",
      "import:folderResult.*",
    ],
  },
});
