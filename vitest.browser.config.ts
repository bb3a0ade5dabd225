import { defineConfig } from "vitest/config";

// Browser tests: Playwright (playwright-core) driving Debian's Chromium against the built add-in
// in dist/. Run by `npm run test:browser` (scripts/test-browser.mjs), which checks Chromium and
// the build first. One file at a time: each test starts its own browser on a 2-core machine.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
