// The dev server's pid file, so that `npm stop` ends exactly the server `npm start` began.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoRoot } from "./paths.mjs";

export const devPort = 3000;
export const devUrl = `https://localhost:${devPort}/`;
const pidFile = join(repoRoot, ".tmp", "dev-server.pid");

export function rememberDevServer(pid) {
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, String(pid));
}

export function forgetDevServer() {
  rmSync(pidFile, { force: true });
}

/** The pid `npm start` recorded, if that process still runs webpack. */
export function runningDevServer() {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // Guard against a recycled pid: on Linux, check the command line still names webpack.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, "utf8").includes("webpack")) return undefined;
  return pid;
}
