#!/usr/bin/env node
// `taizhang` entry point: runs the bundle that scripts/build-cli.mjs makes (npm ci / npm run build:cli).
let cli;
try {
  cli = await import("../lib/taizhang.mjs");
} catch {
  process.stderr.write(
    "taizhang 尚未构建，请先运行 npm run build:cli（not built: run npm run build:cli）\n",
  );
  process.exit(2);
}
cli.quietOnClosedPipe();
process.exitCode = await cli.main(process.argv.slice(2));
