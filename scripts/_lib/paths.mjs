// Where things are, relative to this checkout (never an absolute machine path).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Microsoft's published manifest schemas, vendored so a fresh clone validates offline. */
export const manifestSchemaDir = join(repoRoot, "vendor", "office-manifest-xsd");
export const distDir = join(repoRoot, "dist");
