// `npm run validate`: offline manifest validation. `office-addin-manifest validate` posts the
// manifest to a Microsoft service that an isolated intranet cannot reach, so instead:
//  1. xmllint against the published XSD schemas in vendor/office-manifest-xsd/;
//  2. our own checks (scripts/_lib/manifest-checks.mjs): resids resolve to the right kind of
//     resource, one https base for every URL, icon files exist at the size they claim.
// Both manifest.xml and, if built, dist/manifest.xml (the one with TAIZHANG_URL) are checked.
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { ensureTools, xmllintTool } from "./_lib/tools.mjs";
import { checkIconSizes, checkManifest } from "./_lib/manifest-checks.mjs";
import { distDir, manifestSchemaDir, repoRoot } from "./_lib/paths.mjs";

const schema = join(manifestSchemaDir, "OfficeAppManifestV1_1.xsd");
if (!existsSync(schema)) {
  console.error(`Manifest schema not found: ${schema}`);
  process.exit(1);
}
ensureTools([xmllintTool]);

const targets = [{ file: join(repoRoot, "manifest.xml"), root: repoRoot, pagesMustExist: false }];
const built = join(distDir, "manifest.xml");
if (existsSync(built)) targets.push({ file: built, root: distDir, pagesMustExist: true });

let failed = false;
for (const { file, root, pagesMustExist } of targets) {
  const name = relative(repoRoot, file);
  const xsd = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  const problems = [];
  if (xsd.status !== 0) problems.push(`XSD: ${(xsd.stderr || xsd.stdout).trim()}`);
  const xml = readFileSync(file, "utf8");
  problems.push(...checkManifest(xml, root, { pagesMustExist }), ...checkIconSizes(xml, root));
  if (problems.length === 0) {
    console.log(`✓ ${name}: schema valid, resources resolve, URLs share one base, files exist`);
  } else {
    failed = true;
    console.error(`✗ ${name}:\n  ${problems.join("\n  ")}`);
  }
}
process.exit(failed ? 1 : 0);
