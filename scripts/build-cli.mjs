// Bundles the `taizhang` command-line tool (src/cli/main.ts) into lib/taizhang.mjs, which
// bin/taizhang.mjs runs. Runs on `npm ci` (prepare) and `npm run build:cli`. Dependencies
// (exceljs, papaparse) stay external: they are installed beside the package.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile: join(root, "lib/taizhang.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
});
