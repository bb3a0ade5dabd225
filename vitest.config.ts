import { defineConfig } from "vitest/config";

// Unit, component and Office.js-through-the-fake-host tests. Browser tests (Playwright driving
// Debian's Chromium against the built add-in) run separately: see test/browser and `npm test`.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/browser/**", "node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
  },
});
