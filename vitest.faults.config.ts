import { defineConfig } from "vitest/config";

// `npm run test:faults`: the production build under faults (a killed server, a stopped database).
// Not part of `npm test`: these tests kill processes and stop a PostgreSQL server of their own, one
// file at a time.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/faults/**/*.test.ts"],
    setupFiles: ["./tests/setup/fail-on-console-error.ts"],
    globalSetup: ["./tests/setup/ensure-build.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
