// Builds the add-in for an isolated intranet: every byte the task pane loads comes from the same
// server (office.js included), file names carry content hashes (Office's webview caches hard),
// and dist/manifest.xml points at TAIZHANG_URL in production builds.
//
//   npm run build                                            → dist/, manifest on https://localhost:3000/
//   TAIZHANG_URL=https://intranet.example/taizhang/ npm run build   → dist/ for that server
//   npm start                                                → https dev server on port 3000
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { BundleSizePlugin } from "./scripts/_lib/bundle-size-plugin.mjs";
import { devBaseUrl, productionBaseUrl, rebaseManifest } from "./scripts/_lib/production-url.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const officeJsDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
const devUrl = devBaseUrl;
const devPort = 3000;

// connect-src 'self': no request may leave the serving origin. Inline styles are allowed because
// Fluent UI v9 (Griffel) inserts its CSS into <style> elements at run time. Scripts are 'self'
// only: office.js and its host scripts load from office-js/ without eval, and source maps are
// files (never eval-*), so no 'unsafe-eval' is needed. data: images are Fluent's inline SVGs.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "connect-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
].join("; ");

// The ES5 guard is copied as is (never compiled); its hashed name is computed here so that the
// HTML templates can load it before the bundle.
const legacyGuardSource = path.join(root, "src", "legacy", "unsupportedHost.js");
const legacyGuardFile = `legacy/unsupportedHost.${createHash("sha256")
  .update(readFileSync(legacyGuardSource))
  .digest("hex")
  .slice(0, 16)}.js`;

/**
 * https for the dev server with office-addin-dev-certs: a localhost certificate signed by a
 * development CA that it installs as trusted (Windows/macOS ask once). Where the CA cannot be
 * installed (e.g. Linux without sudo) the generated certificate is still used, untrusted, and
 * the message says how to fix it; only if there is none does webpack-dev-server make its own.
 */
async function devServerHttps() {
  const devCerts = await import("office-addin-dev-certs");
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.message.split("\n").filter(Boolean).slice(-1)[0]
        : String(error);
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    const generated = files.every((f) => existsSync(f));
    console.warn(
      "\n⚠ 无法把 Office 加载项开发证书的根证书安装为受信任证书，Office 不会信任本服务器。\n" +
        "⚠ Could not install the Office add-in development CA as trusted, so Office will not trust\n" +
        `  this server. Fix it with:  npx office-addin-dev-certs install   (${reason})\n` +
        (generated ? `  Using the generated, untrusted certificate in ${dir}.\n` : ""),
    );
    if (!generated) return { type: "https" };
    const [ca, cert, key] = files.map((f) => readFileSync(f));
    return { type: "https", options: { ca, cert, key } };
  }
}

export default async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env?.WEBPACK_SERVE);
  const baseUrl = (production && productionBaseUrl(process.env.TAIZHANG_URL)) || devUrl;
  if (production && baseUrl === devUrl) {
    console.warn(
      `ℹ TAIZHANG_URL is not set: dist/manifest.xml points at ${devUrl}. ` +
        "For an intranet server build with TAIZHANG_URL=https://intranet.example/taizhang/ npm run build",
    );
  }

  const page = (name, template, chunks, filename = `${name}.html`) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      csp: contentSecurityPolicy,
      legacyGuard: legacyGuardFile,
      scriptLoading: "defer",
    });

  const common = {
    mode: production ? "production" : "development",
    context: root,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
        },
        // The core and the app layer only define things (lint holds them to it), so a module
        // whose exports nobody uses can be left out: the pane's first chunk then carries only
        // what opening it needs, not every reader behind an index file.
        { test: /[\\/]src[\\/](core|app)[\\/]/, sideEffects: false },
      ],
    },
    // Never an eval-* source map: the CSP forbids eval.
    devtool: "source-map",
    performance: { hints: false },
  };

  const addIn = {
    ...common,
    name: "add-in",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
      notice: "./src/commands/notice/index.ts",
    },
    output: {
      path: path.join(root, "dist"),
      filename: "[name].[contenthash:16].js",
      chunkFilename: "[name].[contenthash:16].js",
      assetModuleFilename: "assets/[name].[contenthash:16][ext]",
      // Relative URLs: the same dist/ works under any TAIZHANG_URL path.
      publicPath: "",
      // The browser page's files are its own compiler's (below).
      clean: { keep: /^(web[\\/]|web\.html$|bundle-size-web\.json$)/ },
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("notice", "./src/commands/notice/notice.html", ["notice"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // info.minimized: copied files go out byte for byte; Terser would otherwise spend minutes
          // re-minifying office.js's 700 files (and could rewrite the ES5 guard).
          { from: legacyGuardSource, to: legacyGuardFile, info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rebaseManifest(content.toString("utf8"), baseUrl),
          },
          // The whole office-js dist tree: office.js loads its host scripts and locale strings
          // (e.g. zh-cn/office_strings.js) relative to itself. The dev server serves it directly.
          ...(serving ? [] : [{ from: officeJsDist, to: "office-js", info: { minimized: true } }]),
        ],
      }),
      ...(production ? [new BundleSizePlugin({ entry: "taskpane", budgetKiB: 200 })] : []),
    ],
    devServer: {
      // Loopback only: the dev server is for this machine's Excel, not the network.
      host: "localhost",
      port: devPort,
      server: serving ? await devServerHttps() : undefined,
      static: [{ directory: officeJsDist, publicPath: "/office-js", watch: false }],
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false, errors: true } },
      hot: false,
      liveReload: true,
    },
  };

  // The browser page for machines that cannot run the add-in (docs/web.md): web.html beside the
  // pane, its scripts under web/. A compiler of its own, so that sharing modules with the pane
  // never changes what the pane loads (one build with both entries kept code in the pane that
  // only the page uses). "auto": its chunks and worker load relative to its own scripts.
  const web = {
    ...common,
    name: "web",
    entry: { web: "./src/web/index.tsx" },
    output: {
      path: path.join(root, "dist", "web"),
      filename: "[name].[contenthash:16].js",
      chunkFilename: "[name].[contenthash:16].js",
      publicPath: "auto",
      clean: true,
    },
    plugins: [
      page("web", "./src/web/web.html", ["web"], "../web.html"),
      // The page shows its file picker before any file is read: the reader and the app layer
      // come with its worker, loaded with the first file.
      ...(production
        ? [
            new BundleSizePlugin({
              entry: "web",
              budgetKiB: 200,
              report: "../bundle-size-web.json",
              label: "Browser page",
            }),
          ]
        : []),
    ],
  };

  return [addIn, web];
};
