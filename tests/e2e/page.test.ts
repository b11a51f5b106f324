import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import type { components } from "../../src/client/api-types.js";
import {
  screenshotFolder as screenshots,
  skipBrowser as skip,
  browserTimeout as timeout,
  usePageHarness,
} from "./page-harness.js";

/** Quotes as the API describes them (the generated client types, as the page itself uses). */
type QuoteJson = components["schemas"]["Quote"];

describe.skipIf(skip)("the timeline page in Chromium", { timeout }, () => {
  const harness = usePageHarness();
  let app: App;
  let page: Page;
  const openTimeline = (query = "") => harness.openTimeline(query);

  beforeAll(() => {
    // The harness's own beforeAll has run: it was registered first.
    app = harness.app;
    page = harness.page;
  });

  /** Waits for the highlighted span to be on screen, and for a smooth scroll to it to settle. */
  async function markInView(): Promise<void> {
    await page.waitForFunction(() => {
      const box = document.querySelector("#article-text mark")?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    await page.waitForTimeout(400);
  }

  const cities = () => page.locator("li.meeting .meeting-card__place").allTextContents();

  async function genevaId(): Promise<string> {
    const id = await page.locator("li.meeting", { hasText: "Geneva" }).getAttribute("data-id");
    expect(id).toBeTruthy();
    return id as string;
  }

  async function genevaQuotes(): Promise<QuoteJson[]> {
    const response = await app.inject({
      method: "GET",
      url: `/meetings/${encodeURIComponent(await genevaId())}`,
    });
    return (response.json() as { quotes: QuoteJson[] }).quotes;
  }

  it("renders the three seed meetings in date order", async () => {
    await openTimeline();
    expect(await page.locator("li.meeting").count()).toBe(3);
    const dates = await page
      .locator("li.meeting")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-date") ?? ""));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(["2022-01-10", "2022-01-12", "2022-01-13"]);
    const places = await cities();
    expect(places[0]).toMatch(/Geneva/);
    expect(places[1]).toMatch(/Brussels/);
    expect(places[2]).toMatch(/Vienna/);
    // Held and scheduled are told apart in words, not only by colour.
    const statuses = await page.locator("li.meeting .badge").allTextContents();
    expect(statuses.map((status) => status.replace(/[^A-Za-z]/g, ""))).toEqual([
      "Held",
      "Scheduled",
      "Scheduled",
    ]);
    await page.screenshot({ path: join(screenshots, "timeline-1440.png"), fullPage: true });
  });

  it("filters by organisation with the form control and keeps the filter in the URL", async () => {
    await openTimeline();
    const select = page.locator("#f-organization");
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll("#f-organization option")).some((option) =>
        /OSCE/.test(option.textContent ?? ""),
      ),
    );
    const labels = await select.locator("option").allTextContents();
    const osce = labels.find((label) => /OSCE/.test(label));
    expect(osce).toBeDefined();
    await select.selectOption({ label: osce as string });
    await page.waitForURL(/[?&]organization=/);
    await page.waitForFunction(() => document.querySelectorAll("li.meeting").length === 1);
    expect(await cities()).toEqual([expect.stringMatching(/Vienna/)]);
    const organization = new URL(page.url()).searchParams.get("organization");
    expect(organization).toBe(await select.inputValue());
    // The CSV link carries the filter too.
    expect(await page.locator("#link-csv").getAttribute("href")).toContain("organization=");

    // A shared link restores the filtered view on load.
    await openTimeline(`?organization=${encodeURIComponent(organization ?? "")}`);
    expect(await cities()).toEqual([expect.stringMatching(/Vienna/)]);
    expect(await select.inputValue()).toBe(organization);
  });

  it("opens Geneva by click and by keyboard, showing Ryabkov's quotes", async () => {
    await openTimeline();
    const geneva = page.locator("li.meeting", { hasText: "Geneva" }).locator("button.meeting-card__open");

    await geneva.click();
    await page.locator("#detail .quote").first().waitFor();
    expect(await page.locator("#detail-heading").textContent()).toMatch(/Geneva/);
    expect(await geneva.getAttribute("aria-expanded")).toBe("true");
    const speakers = await page.locator("#detail .quote cite").allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.some((speaker) => /Ryabkov/.test(speaker))).toBe(true);

    // Escape closes the panel and gives focus back to the meeting.
    await page.keyboard.press("Escape");
    await page.locator("#detail").waitFor({ state: "hidden" });
    expect(await geneva.evaluate((button) => button === document.activeElement)).toBe(true);

    await openTimeline();
    // Arrow keys move between meetings; the focused one is visibly outlined.
    await geneva.focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Brussels/);
    await page.keyboard.press("ArrowUp");
    expect(await geneva.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator("#detail .quote").first().waitFor();
    expect(await page.locator("#detail .quote cite").allTextContents()).toEqual(speakers);
    // Focus moved into the panel, so keyboard users land on what they opened.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("detail-heading");
    expect(page.url()).toContain(`#meeting=${encodeURIComponent(await genevaId())}`);
  });

  it("highlights each quote's sentence in the article text", async () => {
    await openTimeline();
    const quotes = await genevaQuotes();
    expect(quotes.length).toBeGreaterThan(0);
    await page.locator("li.meeting", { hasText: "Geneva" }).locator("button.meeting-card__open").click();
    await page.locator("#detail .quote").first().waitFor();

    for (const [index, quote] of quotes.entries()) {
      await page.locator(`#detail-body > ul.quotes > .quote[data-quote="${quote.id}"] a.source-link`).click();
      await page.waitForFunction(
        (expected) => document.querySelector("#article-text mark")?.textContent === expected,
        quote.text,
      );
      const article = (await app.inject({ method: "GET", url: `/articles/${quote.articleId}` })).json() as {
        text: string;
      };
      const mark = page.locator("#article-text mark");
      expect(await mark.count()).toBe(1);
      const marked = await mark.textContent();
      expect(marked).toBe(quote.text);
      expect(article.text.slice(quote.start, quote.end)).toBe(marked);
      // The mark sits in the article's own text, at the quote's offsets.
      const shown = await page.locator("#article-text").evaluate((element) => {
        const before = element.querySelector("mark")?.previousSibling?.textContent ?? "";
        return { text: element.textContent, before: before.length };
      });
      expect(shown.text).toBe(article.text);
      expect(shown.before).toBe(quote.start);
      // …and it is scrolled into view.
      await markInView();
      if (index === 0) await page.screenshot({ path: join(screenshots, "timeline-1440-quote.png") });
    }
    expect(page.url()).toMatch(/#meeting=.*&article=.*&start=\d+&end=\d+/);
  });

  it("is readable at 360 px", async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await openTimeline();
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(screenshots, "timeline-360.png"), fullPage: true });

    const quote = (await genevaQuotes())[0] as QuoteJson;
    await page.locator("li.meeting", { hasText: "Geneva" }).locator("button.meeting-card__open").click();
    await page.locator(`#detail-body > ul.quotes > .quote[data-quote="${quote.id}"] a.source-link`).click();
    await page.waitForFunction(
      (expected) => document.querySelector("#article-text mark")?.textContent === expected,
      quote.text,
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await markInView();
    await page.screenshot({ path: join(screenshots, "timeline-360-quote.png") });
    expect(existsSync(join(screenshots, "timeline-1440.png"))).toBe(true);
    expect(existsSync(join(screenshots, "timeline-360.png"))).toBe(true);
  });

  it("logged no script error or blocked request", () => {
    expect(harness.problems).toEqual([]);
  });
});
