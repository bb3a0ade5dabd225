// The production build in dist/ must be deployable on an intranet as it is: every page loads
// only relative URLs, office.js's whole tree is there, the manifest is sound on any base URL,
// and the task pane's initial JavaScript stays within budget.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkIconSizes,
  checkManifest,
  readElements,
} from "../../scripts/_lib/manifest-checks.mjs";
import { productionBaseUrl, rebaseManifest } from "../../scripts/_lib/production-url.mjs";
import { assertBuilt, distDir } from "./_lib/dist";

beforeAll(assertBuilt);

const pages = ["taskpane.html", "commands.html", "notice.html", "web.html"];

describe("dist/", () => {
  it.each(pages)("%s loads only files of its own server, under the CSP", (page) => {
    const html = readFileSync(join(distDir, page), "utf8");
    const urls = [...html.matchAll(/\s(?:src|href)=["']?([^"'\s>]+)/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url, `${page}: ${url}`).not.toMatch(/^(?:[a-z]+:)?\/\//i);
      expect(url.startsWith("/"), `${page}: ${url} must be relative`).toBe(false);
    }
    expect(html).toContain("connect-src 'self'");
    // Every add-in page loads office.js from this server; the browser page needs no Office.
    if (page === "web.html") expect(html).not.toContain("office-js/");
    else expect(html).toMatch(/src=["']?office-js\/office\.js/);
  });

  it("ships no @font-face and no stylesheet from elsewhere", () => {
    const files = readdirSync(distDir).filter((f) => /\.(js|css|html)$/.test(f));
    for (const file of files) {
      const text = readFileSync(join(distDir, file), "utf8");
      expect(text, file).not.toContain("@font-face");
      expect(text, file).not.toMatch(/@import\s+url\(\s*["']?https?:/);
    }
  });

  it("names no remote host in its own files but identifiers that are never fetched", () => {
    // XML namespaces and Table Schema profile ids are names, not addresses; React's error text
    // links its decoder page. Anything else would be a request waiting to happen offline.
    const identifiers = [
      /^http:\/\/www\.w3\.org\//,
      // OOXML namespaces the browser page's .xlsx writer puts in the parts it writes.
      /^http:\/\/schemas\.openxmlformats\.org\//,
      /^https:\/\/datapackage\.org\/profiles\//,
      /^https:\/\/reactjs\.org\/docs\/error-decoder\.html$/,
    ];
    const files = readdirSync(distDir, { recursive: true, encoding: "utf8" }).filter(
      (f) => /\.(js|css|html)$/.test(f) && !f.startsWith("office-js"),
    );
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((file) =>
      [...readFileSync(join(distDir, file), "utf8").matchAll(/https?:\/\/[\w.:/-]+/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    const unexpected = found.filter(
      (entry) => !identifiers.some((re) => re.test(entry.slice(entry.indexOf(": ") + 2))),
    );
    expect(unexpected).toEqual([]);
  });

  it("holds office.js with the host scripts and zh-CN strings it loads beside itself", () => {
    const officeJs = join(distDir, "office-js");
    const top = readdirSync(officeJs);
    for (const file of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js"]) {
      expect(top).toContain(file);
    }
    expect(readdirSync(join(officeJs, "zh-cn"))).toContain("office_strings.js");
  });

  it("has a manifest whose resources, icons and pages all resolve", () => {
    const xml = readFileSync(join(distDir, "manifest.xml"), "utf8");
    expect(checkManifest(xml, distDir, { pagesMustExist: true })).toEqual([]);
    expect(checkIconSizes(xml, distDir)).toEqual([]);
  });

  it("rebases the manifest onto TAIZHANG_URL with nothing left on localhost", () => {
    const base = productionBaseUrl("https://intranet.example/taizhang");
    expect(base).toBe("https://intranet.example/taizhang/");
    const xml = rebaseManifest(readFileSync(join(distDir, "manifest.xml"), "utf8"), base ?? "");
    expect(xml).not.toContain("localhost");
    expect(checkManifest(xml, distDir, { pagesMustExist: true })).toEqual([]);
    const urls = readElements(xml)
      .flatMap((e) => [e.attrs["DefaultValue"], e.attrs["Value"]])
      .filter((v): v is string => v !== undefined && /^https?:/.test(v));
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.every((u) => u.startsWith("https://intranet.example/taizhang/"))).toBe(true);
  });

  it.each([
    ["http://intranet.example/taizhang/", /must be https/],
    ["https://intranet.example/taizhang/?v=1", /query or #hash/],
    ["intranet.example/taizhang", /not a URL/],
  ])("refuses TAIZHANG_URL=%s", (raw, message) => {
    expect(() => productionBaseUrl(raw)).toThrow(message);
  });

  it("keeps the task pane's first JavaScript within 200 KiB gzipped; panels and the core load later", () => {
    const report = JSON.parse(readFileSync(join(distDir, "bundle-size.json"), "utf8")) as {
      gzipKiB: number;
      files: { file: string }[];
      later: { file: string }[];
    };
    expect(report.files.map((f) => f.file)).toEqual([expect.stringMatching(/^taskpane\./)]);
    expect(report.gzipKiB).toBeGreaterThan(0);
    expect(report.gzipKiB).toBeLessThanOrEqual(200);
    const later = report.later.map((f) => f.file.replace(/\.[0-9a-f]{16}\.js$/, ""));
    for (const chunk of ["panel-validate", "panel-flags", "panel-summary", "panel-templates"])
      expect(later).toContain(chunk);
    expect(later).toContain("taizhang-core");
  });

  it("keeps the browser page's first JavaScript within 200 KiB gzipped; the reader loads with the first file", () => {
    const report = JSON.parse(readFileSync(join(distDir, "bundle-size-web.json"), "utf8")) as {
      gzipKiB: number;
      files: { file: string }[];
      later: { file: string }[];
    };
    expect(report.files.map((f) => f.file)).toEqual([expect.stringMatching(/^web\./)]);
    expect(report.gzipKiB).toBeGreaterThan(0);
    expect(report.gzipKiB).toBeLessThanOrEqual(200);
    const later = report.later.map((f) => f.file.replace(/\.[0-9a-f]{16}\.js$/, ""));
    expect(later).toContain("taizhang-files");
    expect(later).not.toContain("taizhang-core");
  });
});
