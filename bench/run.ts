// `npm run bench [-- --json] [-- only-name]`: runs every bench/*.bench.ts in turn. Each prints
// its own figures: a readable table by default, one JSON object a line with --json.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

export interface BenchOptions {
  json: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes("--json");
const only = args.filter((a) => !a.startsWith("--"));
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    default: (options: BenchOptions) => Promise<void>;
  };
  await mod.default({ json });
}
