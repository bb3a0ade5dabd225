import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The production build the browser tests load (`npm run build`; scripts/test-browser.mjs builds it if missing). */
export const distDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "dist");

export function assertBuilt(): void {
  if (!existsSync(join(distDir, "taskpane.html"))) {
    throw new Error(
      `No build in ${distDir}: run \`npm run build\` (or \`npm run test:browser\`) first`,
    );
  }
}
