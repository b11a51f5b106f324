import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The server serves a page that `npm run build` bundles; tests that load it need it built once, up front.
    globalSetup: ["tests/global-setup.ts"],
  },
});
