import { forgetParts } from "./contentTypes";
import type { XlsxPackage } from "./xlsxPackage";
import { readRelationships, relsPathOf } from "./relationships";

/**
 * Removes a part and every part it reaches through relationships that nothing else still
 * reaches (a removed sheet's drawing, charts, tables, comments — but not an image another sheet
 * shows too), with their relationship files and content-type overrides.
 */
export function removePartTree(pkg: XlsxPackage, part: string): void {
  const doomed = new Set<string>();
  const reach = (p: string) => {
    if (doomed.has(p.toLowerCase()) || !pkg.has(p)) return;
    doomed.add(p.toLowerCase());
    for (const rel of readRelationships(pkg, p)) if (rel.part) reach(rel.part);
  };
  reach(part);
  // What the remaining parts still point at stays, with whatever it points at in turn.
  const kept = new Set<string>();
  const keep = (p: string) => {
    const key = p.toLowerCase();
    if (kept.has(key)) return;
    kept.add(key);
    for (const rel of readRelationships(pkg, p)) if (rel.part) keep(rel.part);
  };
  for (const source of sourcesOfRels(pkg)) {
    if (doomed.has(source.toLowerCase())) continue;
    for (const rel of readRelationships(pkg, source))
      if (
        rel.part &&
        doomed.has(rel.part.toLowerCase()) &&
        rel.part.toLowerCase() !== part.toLowerCase()
      )
        keep(rel.part);
  }
  const removed = pkg
    .names()
    .filter((n) => doomed.has(n.toLowerCase()) && !kept.has(n.toLowerCase()));
  for (const name of removed) {
    pkg.remove(name);
    pkg.remove(relsPathOf(name));
  }
  forgetParts(pkg, removed);
}

/** The parts (and "" for the package) that have a relationship file. */
function sourcesOfRels(pkg: XlsxPackage): string[] {
  return pkg
    .names()
    .filter((n) => n.endsWith(".rels"))
    .map((n) => {
      const m = /^(.*?)_rels\/(.*)\.rels$/.exec(n);
      return m ? `${m[1] ?? ""}${m[2] ?? ""}` : "";
    });
}

/** The first free part name like `xl/worksheets/sheet7.xml` for a prefix and suffix. */
export function freePartName(pkg: XlsxPackage, prefix: string, suffix = ".xml"): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!pkg.has(name)) return name;
  }
}
