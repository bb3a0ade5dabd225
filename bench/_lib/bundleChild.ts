import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * A benchmark's child script (`bench/_lib/<name>.ts`), bundled as the CLI is into
 * `.tmp/<folder>/<name>.mjs` (dependencies resolve from node_modules), so each run can be a
 * process of its own whose peak memory is its own.
 */
export async function bundleChild(name: string, folder: string): Promise<string> {
  const dir = join(root, ".tmp", folder);
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(root, "bench", "_lib", `${name}.ts`)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}
