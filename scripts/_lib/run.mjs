// Runs a command with inherited output; returns its exit status (never throws on failure).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "./paths.mjs";

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: repoRoot, ...options });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

const require = createRequire(join(repoRoot, "package.json"));

/** Runs a package's CLI with this Node, without going through a shell or npx. */
export function runBin(pkg, binPath, args, options) {
  const script = join(require.resolve(`${pkg}/package.json`), "..", binPath);
  return run(process.execPath, [script, ...args], options);
}
