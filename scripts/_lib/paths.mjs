// Where things are, relative to this checkout (never an absolute machine path).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** ../shared beside the project folder holds the manifest XSD schemas. */
export const sharedDir = join(repoRoot, "..", "shared");
export const distDir = join(repoRoot, "dist");
