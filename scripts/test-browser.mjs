// `npm run test:browser`: Playwright (playwright-core) driving Debian's Chromium against the
// production build in dist/. Installs Chromium when it can (root on Debian) or stops with the
// command to run; never skips. Builds dist/ first unless it holds a production build. Extra
// arguments go to vitest.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "./_lib/paths.mjs";
import { runBin } from "./_lib/run.mjs";
import { chromiumTool, cjkFontTool, ensureTools } from "./_lib/tools.mjs";

ensureTools([chromiumTool, cjkFontTool]);

// bundle-size.json is written by production builds only (a dev build's clean removes it).
if (!existsSync(join(distDir, "bundle-size.json"))) {
  console.log("No production build in dist/: building it first (webpack --mode production).");
  const status = runBin("webpack-cli", "bin/cli.js", ["--mode", "production"]);
  if (status !== 0) process.exit(status);
}

const args = process.argv.slice(2);
process.exit(
  runBin("vitest", "vitest.mjs", ["run", "--config", "vitest.browser.config.ts", ...args]),
);
