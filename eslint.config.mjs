// office-addin-lint's recommended rules (eslint + prettier), plus the house architecture as lint rules:
// dependencies point inward (core ← presets ← functions / taskpane), and only src/functions touches
// CustomFunctions. See STYLE.md.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const noFunctionsModule = {
  group: ["**/functions", "**/functions/*"],
  message:
    "Never import src/functions outside it: in the shared runtime that registers every function twice.",
};
const officeGlobals = ["Office", "Excel", "CustomFunctions", "OfficeRuntime"].map((name) => ({
  name,
  message: "The model core is pure: no Office APIs.",
}));

// What Node gives a CommonJS module: bench/, scripts/ and test/support's plain-JS helpers run in Node as is.
const nodeCommonJsGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
  ].map((name) => [name, "readonly"])
);

// What a page gives a script: the functions bench/sections/taskpane.js hands to the browser run there.
const browserGlobals = Object.fromEntries(
  ["performance", "getComputedStyle", "MutationObserver"].map((name) => [name, "readonly"])
);

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: {
        console: "readonly",
        document: "readonly",
        window: "readonly",
        globalThis: "readonly",
      },
    },
    rules: {
      "no-undef": "off", // TypeScript checks names; eslint's no-undef does not know TS types.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      // A type-only import is erased from the bundle; saying so keeps runtime imports (and cycles) honest.
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Plain CommonJS run by Node without a build; TypeScript checks bench/ and scripts/ too (checkJs), but
    // test/support's .js helpers only through their .d.ts, so eslint's own undefined-name check stays on.
    files: ["bench/**/*.js", "scripts/**/*.js", "test/support/**/*.js", "test/e2e/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { ...nodeCommonJsGlobals, ...browserGlobals },
    },
    rules: { "no-undef": "error" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/presets",
                "**/presets/*",
                "**/taskpane",
                "**/taskpane/*",
                "**/functions",
                "**/functions/*",
              ],
              message: "src/core depends on nothing in src.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        "document",
        "window",
        "fetch",
        "localStorage",
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "The core is deterministic." },
        { object: "Date", property: "now", message: "The core reads no clock." },
      ],
    },
  },
  {
    files: ["src/presets/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/taskpane", "**/taskpane/*"], message: "Presets are data." },
            noFunctionsModule,
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [noFunctionsModule] }],
      "no-restricted-globals": [
        "error",
        { name: "CustomFunctions", message: "Only src/functions touches CustomFunctions." },
      ],
    },
  },
];
