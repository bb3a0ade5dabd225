// A tiny static file server for dist/, over http on 127.0.0.1 and a free port: the browser
// tests load the built add-in exactly as an intranet server would serve it.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Let the browser keep files as an intranet server would (hashed names for a year, the rest
   * for an hour), so a second opening of the pane reads them from its cache: for `npm run
   * bench`'s warm figures. Tests keep the default, no-store.
   */
  cache?: boolean;
  /** Files answered from memory instead of `root` (path → JavaScript text). */
  overrides?: Record<string, string>;
}

const HASHED = /\.[0-9a-f]{16}\.js$/;

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const cacheControl = (path: string) =>
    !options.cache
      ? "no-store"
      : HASHED.test(path)
        ? "max-age=31536000, immutable"
        : "max-age=3600";
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const override = options.overrides?.[path];
    if (override !== undefined) {
      response.writeHead(200, {
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": cacheControl(path),
      });
      response.end(override);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
      "cache-control": cacheControl(path),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
