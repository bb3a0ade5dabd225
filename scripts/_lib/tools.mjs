// Makes sure a system tool is on this machine. As root on Debian it installs the package (the
// README's set-up has no other step); otherwise it stops with the exact command to run. It never
// lets a caller skip the work the tool does.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const isDebian = existsSync("/etc/debian_version");

/** @param {{ name: string, path?: string, command?: string, pkg: string }[]} tools */
export function ensureTools(tools) {
  const missing = tools.filter((t) => !isPresent(t));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((t) => t.pkg))];
  const line = `apt-get update && apt-get install -y ${packages.join(" ")}`;
  if (!(isRoot && isDebian)) {
    console.error(
      `缺少 ${missing.map((t) => t.name).join("、")}。请先运行：\n` +
        `Missing ${missing.map((t) => t.name).join(", ")}. Run first:\n\n` +
        `    ${isRoot ? "" : "sudo "}${isDebian ? line : `<install ${packages.join(" ")}>`}\n`,
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(" ")}: ${line}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", ...packages]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0) {
      console.error(
        `apt-get ${args.join(" ")} failed (exit ${r.status}). Run by hand:\n    ${line}`,
      );
      process.exit(1);
    }
  }
  const still = missing.filter((t) => !isPresent(t));
  if (still.length > 0) {
    console.error(`Still missing after install: ${still.map((t) => t.name).join(", ")}`);
    process.exit(1);
  }
}

function isPresent(tool) {
  if (tool.path) return existsSync(tool.path);
  const r = spawnSync("sh", ["-c", `command -v ${tool.command ?? tool.name}`], { stdio: "ignore" });
  return r.status === 0;
}

export const chromiumTool = { name: "Chromium", path: "/usr/bin/chromium", pkg: "chromium" };
export const xmllintTool = { name: "xmllint", command: "xmllint", pkg: "libxml2-utils" };
/**
 * A CJK font for the browser tests: the pane's layout checks (six tabs in one row at 350 px) and
 * its screenshots depend on the fonts Chromium finds. Without one, Chinese draws as boxes and the
 * fallback for Latin text is DejaVu Sans, wider than any font the pane meets in Office.
 */
export const cjkFontTool = {
  name: "文泉驿微米黑 WenQuanYi Micro Hei",
  path: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  pkg: "fonts-wqy-microhei",
};
