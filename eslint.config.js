import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js is reached only through addin/src/office: the rest of the add-in gets a plain snapshot.
    files: ["addin/src/**/*.{ts,tsx}"],
    ignores: ["addin/src/office/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "Office", message: "Read Office.js only in addin/src/office (use the account snapshot)." }],
      "no-restricted-properties": ["error", { object: "window", property: "Office", message: "Read Office.js only in addin/src/office." }],
    },
  },
);
