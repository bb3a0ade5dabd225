// Flat ESLint config. TypeScript everywhere, plus the Office add-in rules that catch Excel
// mistakes at lint time (reading a property before load + sync, context.sync() inside loops).
// Formatting is prettier's job (`prettier --check` in `npm run lint`), so eslint-config-prettier
// turns off every stylistic rule.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-results/**", ".tmp/**"],
  },
  js.configs.recommended,
  // TypeScript's parser and rules for TypeScript only: plain JavaScript keeps espree, which
  // enforces each file's ecmaVersion (the ES5 guard below depends on that).
  ...tseslint.configs.recommended.map((config) => ({
    ...config,
    files: ["**/*.{ts,tsx,mts,cts}"],
  })),
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      // eslint-plugin-office-addins v4 exports flat configs, but its `recommended` also pins its
      // own parser, ecmaVersion 6 and prettier-as-lint-errors; we take only its rules.
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // Node-side JavaScript: build config, scripts, the CLI launcher.
    files: ["**/*.{js,mjs,cjs}"],
    ignores: ["src/legacy/**"],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: "module" },
  },
  {
    // Browser functions that playwright serialises into the page.
    files: ["scripts/_lib/draw-icons.mjs", "test/browser/**"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The legacy-webview guard must parse in Internet Explorer 11: ES5 script, browser globals.
    files: ["src/legacy/**/*.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
    // ES5 has no optional catch binding, so an unused `catch (error)` is unavoidable there.
    rules: { "no-var": "off", "no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  ...layerBoundaries(),
  prettier,
);

/**
 * The layers' import rules (docs/architecture.md): src/core is pure (no Office.js, React, Node,
 * ExcelJS or other layer); src/app is host-neutral (no Office.js, React, Node or host); src/excel
 * renders nothing; the ribbon and the command line never reach into the task pane; the browser
 * page (src/web) stands on the .xlsx host and the app layer, apart from the pane and Office.js;
 * src/ui holds the host-free React pieces the pane and the page share.
 */
function layerBoundaries() {
  const officeGlobals = ["Excel", "Office", "OfficeExtension", "OfficeCore"].map((name) => ({
    name,
    message: "Office.js belongs to src/excel (the Excel host); this layer is host-neutral.",
  }));
  const layer = (name) => ({
    group: [`**/${name}`, `**/${name}/**`],
    message: `This layer may not import src/${name}.`,
  });
  const packages = (names, why) =>
    names.map((name) => ({ group: [name, `${name}/**`], message: why }));
  const node = packages(
    ["node:*", "fs", "path", "os", "child_process", "url", "util"],
    "Node APIs belong to src/cli.",
  );
  const ui = packages(
    ["react", "react-dom", "@fluentui/*"],
    "React belongs to the front ends (src/taskpane, src/web, src/ui).",
  );
  const files = packages(["exceljs", "papaparse"], "File formats belong to src/xlsx.");
  const rule = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
  return [
    {
      files: ["src/core/**/*.{ts,tsx}"],
      rules: {
        ...rule([
          ...["app", "excel", "xlsx", "taskpane", "commands", "cli", "legacy", "web", "ui"].map(
            layer,
          ),
          ...node,
          ...ui,
          ...files,
        ]),
        "no-restricted-globals": ["error", ...officeGlobals],
      },
    },
    {
      files: ["src/app/**/*.{ts,tsx}"],
      rules: {
        ...rule([
          ...["excel", "xlsx", "taskpane", "commands", "cli", "legacy", "web", "ui"].map(layer),
          ...node,
          ...ui,
          ...files,
        ]),
        "no-restricted-globals": ["error", ...officeGlobals],
      },
    },
    {
      files: ["src/excel/**/*.{ts,tsx}"],
      rules: rule([
        ...["taskpane", "commands", "cli", "xlsx", "web", "ui"].map(layer),
        ...ui,
        ...node,
        ...files,
      ]),
    },
    {
      // The file host and readers: what the CLI, the page and the pane's worker share. Never the
      // Excel host (the rules both hosts follow live in src/app) nor a front end.
      files: ["src/xlsx/**/*.{ts,tsx}"],
      rules: {
        ...rule([...["excel", "taskpane", "commands", "cli", "web", "ui"].map(layer), ...ui]),
        "no-restricted-globals": ["error", ...officeGlobals],
      },
    },
    {
      files: ["src/commands/**/*.{ts,tsx}", "src/cli/**/*.{ts,tsx}"],
      rules: rule(["taskpane", "web", "ui"].map(layer)),
    },
    {
      files: ["src/taskpane/**/*.{ts,tsx}"],
      rules: rule(["web"].map(layer)),
    },
    {
      // React pieces both front ends show (the pane and the page): on the app layer and core,
      // with React and Fluent, but no host, no file format, no Office.js and neither front end.
      files: ["src/ui/**/*.{ts,tsx}"],
      rules: {
        ...rule([
          ...["excel", "xlsx", "taskpane", "commands", "cli", "legacy", "web"].map(layer),
          ...node,
          ...files,
        ]),
        "no-restricted-globals": ["error", ...officeGlobals],
      },
    },
    {
      // The browser page: a front end on the .xlsx host (src/xlsx, src/app, src/core), with
      // React and Fluent; never Office.js, the Excel host or the pane's internals.
      files: ["src/web/**/*.{ts,tsx}"],
      rules: {
        ...rule([
          ...["excel", "taskpane", "commands", "cli", "legacy"].map(layer),
          ...node,
          ...files,
        ]),
        "no-restricted-globals": ["error", ...officeGlobals],
      },
    },
  ];
}
