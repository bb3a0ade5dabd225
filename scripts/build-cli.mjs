// Placeholder until the CLI lands: keeps `npm ci` (which runs `prepare`) working.
import { existsSync } from "node:fs";
if (!existsSync("src/cli/main.ts")) process.exit(0);
