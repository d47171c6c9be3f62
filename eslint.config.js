import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-output/", "reports/", ".stryker-tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Hooks follow React's rules, and every effect names what it depends on.
    files: ["addin/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // The HTTP edge stays in server/http: the core, the Graph edge and the identity edge know nothing
    // of Express or of HTTP errors; server/http maps their errors to answers.
    files: ["server/core/**/*.ts", "server/graph/**/*.ts", "server/auth/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "express", message: "Express belongs to server/http." }],
          patterns: [{ group: ["**/http/*", "**/http/**"], message: "Map errors in server/http." }],
        },
      ],
    },
  },
  {
    // Office.js is reached only through addin/src/office: the rest of the add-in gets a plain snapshot.
    files: ["addin/src/**/*.{ts,tsx}"],
    ignores: ["addin/src/office/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "Office",
          message: "Read Office.js only in addin/src/office (use the account snapshot).",
        },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "window",
          property: "Office",
          message: "Read Office.js only in addin/src/office.",
        },
      ],
    },
  }
);
