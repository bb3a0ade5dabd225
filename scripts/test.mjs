// `npm test`: everything a fresh clone must pass, in order, stopping at the first failure:
// type check, lint, manifest validation, production build (then its manifest), unit and
// component tests (vitest), browser tests (Chromium). Missing system tools (Chromium, xmllint)
// are installed when root on Debian, otherwise it stops with the exact command to run.
// The last line is always `N passed, M failed`, summed over both vitest runs.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./_lib/paths.mjs";
import { run } from "./_lib/run.mjs";
import { chromiumTool, cjkFontTool, ensureTools, xmllintTool } from "./_lib/tools.mjs";

ensureTools([chromiumTool, cjkFontTool, xmllintTool]);

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const reports = join(repoRoot, ".tmp", "test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitestJson = (name) => [
  "--",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

const steps = [
  { name: "type check", args: ["run", "typecheck"] },
  { name: "lint", args: ["run", "lint"] },
  { name: "manifest validation", args: ["run", "validate"] },
  { name: "build", args: ["run", "build"] },
  { name: "built manifest validation", args: ["run", "validate"] },
  { name: "unit and component tests", args: ["run", "test:unit", ...vitestJson("unit")] },
  { name: "browser tests", args: ["run", "test:browser", ...vitestJson("browser")] },
];

let failedStep;
for (const step of steps) {
  console.log(`\n▶ ${step.name}: npm ${step.args.join(" ")}\n`);
  if (run(npm, step.args) !== 0) {
    failedStep = step.name;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const name of ["unit", "browser"]) {
  const file = join(reports, `${name}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}

if (failedStep) console.error(`\n✗ npm test stopped: ${failedStep} failed.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
