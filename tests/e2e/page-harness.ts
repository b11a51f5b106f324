// One Chromium and one seeded app per test file, shared by the page's browser tests.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type App, buildApp } from "../../src/app.js";
import { projectRoot, seedsFolder } from "../../src/paths.js";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// In CI the browser tests always run: a missing Chromium is a failure there, not a reason to skip.
export const skipBrowser = !existsSync(chromiumPath) && process.env.CI !== "true";
if (skipBrowser) {
  console.warn(
    `Skipping the browser tests of the timeline page: no Chromium at ${chromiumPath}. ` +
      "Install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.",
  );
}

/** Where screenshots go: test-results/ by default; `npm run docs:screenshots` points it at docs/screenshots. */
export const screenshotFolder = join(projectRoot, process.env.SCREENSHOT_DIR ?? "test-results");
export const browserTimeout = 60_000;

export interface PageHarness {
  app: App;
  page: Page;
  base: string;
  /** Script errors and failed requests seen so far. */
  problems: string[];
  /** Loads the page (with an optional query string) and waits for the first meetings. */
  openTimeline(query?: string): Promise<void>;
  /** A JSON body from the app, bypassing the browser. */
  api<T>(url: string): Promise<T>;
}

/** Registers hooks that start the app and a Chromium page before the file's tests and stop them after. */
export function usePageHarness(viewport = { width: 1440, height: 900 }): PageHarness {
  let browser: Browser | undefined;
  const harness = { problems: [] as string[] } as PageHarness;

  beforeAll(async () => {
    harness.app = await buildApp({ seedsFolder });
    harness.base = await harness.app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      timeout: browserTimeout,
    });
    harness.page = await browser.newPage({ viewport });
    harness.page.setDefaultTimeout(20_000);
    harness.page.on("pageerror", (error) => harness.problems.push(`page error: ${error.message}`));
    harness.page.on("console", (message) => {
      if (message.type() === "error") harness.problems.push(`console: ${message.text()}`);
    });
    mkdirSync(screenshotFolder, { recursive: true });
  }, browserTimeout);

  afterAll(async () => {
    await browser?.close();
    await harness.app?.close();
  }, browserTimeout);

  harness.openTimeline = async (query = "") => {
    await harness.page.goto(`${harness.base}/${query}`);
    await harness.page.locator("#timeline[aria-busy]").waitFor({ state: "detached" });
    await harness.page.locator("li.meeting").first().waitFor();
  };

  harness.api = async <T>(url: string): Promise<T> => {
    const response = await harness.app.inject({ method: "GET", url });
    expect(response.statusCode, url).toBe(200);
    return response.json() as T;
  };

  return harness;
}
