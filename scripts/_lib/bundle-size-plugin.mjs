// Prints, after a production build, how much JavaScript the task pane loads before it can show
// anything (its entrypoint's chunks), gzipped, against a budget, and what it loads later (the
// panels opened on demand, the core's worker), and writes the figures to dist/bundle-size.json
// so tests and the README can quote them. office.js is listed apart: it comes from
// @microsoft/office-js and its size is not ours to trim.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** The chunks an entry loads later: its lazy imports and its workers, and theirs in turn. */
function chunksLoadedLater(entrypoint) {
  const seen = new Set();
  const groups = [...entrypoint.getChildren(), ...entrypoint.asyncEntrypointsIterable];
  const chunks = new Set();
  while (groups.length > 0) {
    const group = groups.pop();
    if (seen.has(group)) continue;
    seen.add(group);
    for (const chunk of group.chunks) chunks.add(chunk);
    groups.push(...group.getChildren(), ...group.asyncEntrypointsIterable);
  }
  return [...chunks];
}

export class BundleSizePlugin {
  /**
   * `report`: the file in dist/ that keeps the figures (bundle-size.json for the pane);
   * `label`: how the build's output names the page.
   */
  constructor({ entry, budgetKiB, report = "bundle-size.json", label = "Task pane" }) {
    this.entry = entry;
    this.budgetKiB = budgetKiB;
    this.report = report;
    this.label = label;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleSizePlugin", (compilation) => {
      const outputPath = compilation.outputOptions.path;
      const entrypoint = compilation.entrypoints.get(this.entry);
      if (!entrypoint) return;
      const files = entrypoint.getFiles().filter((f) => f.endsWith(".js"));
      const measure = (file) => {
        const bytes = readFileSync(join(outputPath, file));
        return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
      };
      const ours = files.map(measure);
      // Chunks loaded after the first paint: the lazy panels and the worker, never an entry's.
      const later = chunksLoadedLater(entrypoint)
        .filter((chunk) => !chunk.canBeInitial() || chunk.hasRuntime())
        .flatMap((chunk) => [...chunk.files].filter((f) => f.endsWith(".js")))
        .sort()
        .map(measure);
      // The add-in's pages load office.js; the browser page has none.
      const officeJs = existsSync(join(outputPath, "office-js", "office.js"))
        ? measure("office-js/office.js")
        : undefined;
      const gzipBytes = ours.reduce((sum, f) => sum + f.gzipBytes, 0);
      const report = {
        entry: this.entry,
        files: ours,
        gzipKiB: kib(gzipBytes),
        budgetKiB: this.budgetKiB,
        withinBudget: kib(gzipBytes) <= this.budgetKiB,
        later: later.map((f) => ({ ...f, gzipKiB: kib(f.gzipBytes) })),
        ...(officeJs ? { officeJs: { ...officeJs, gzipKiB: kib(officeJs.gzipBytes) } } : {}),
      };
      const text = JSON.stringify(report, null, 2);
      compiler.outputFileSystem.writeFileSync(join(outputPath, this.report), text);
      const verdict = report.withinBudget ? "within" : "OVER";
      console.log(
        `\n${this.label} initial JS: ${report.gzipKiB} KiB gzipped (${files.join(", ")}), ` +
          `${verdict} the ${this.budgetKiB} KiB budget` +
          (report.officeJs
            ? `; office.js loader ${report.officeJs.gzipKiB} KiB gzipped.\n`
            : ".\n") +
          `Loaded later (lazy chunks and workers): ` +
          `${report.later.map((f) => `${f.file} ${f.gzipKiB} KiB`).join(", ")}.\n`,
      );
      if (!report.withinBudget) {
        compilation.warnings.push(
          new Error(
            `${this.label} initial JS ${report.gzipKiB} KiB gz exceeds ${this.budgetKiB} KiB`,
          ),
        );
      }
    });
  }
}
