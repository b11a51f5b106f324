import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The server serves a page that `npm run build` bundles; tests that load it need it built once, up front.
    globalSetup: ["tests/global-setup.ts"],
    // Vitest's default on a 2-core machine is one worker (cores - 1), which sits idle while the many tests that
    // start a server, an ingest or a browser wait for their child process: three workers keep both cores busy.
    maxWorkers: 3,
    // The first seeded app of a file loads the extractor (lexicons, gazetteer, NLP model): seconds on a busy
    // 2-core machine, past vitest's 5 s default. No test measures time, so a longer bound only avoids false alarms.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
