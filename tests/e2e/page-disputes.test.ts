import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { ingestArticle } from "../../src/ingest/store.js";
import { reportText } from "../helpers.js";
import { skipBrowser as skip, browserTimeout as timeout, usePageHarness } from "./page-harness.js";

const article = reportText;

describe.skipIf(skip)("the page shows where reports disagree", { timeout }, () => {
  const harness = usePageHarness();
  let app: App;
  let page: Page;

  beforeAll(() => {
    // The harness's own beforeAll has run: two reports dating one meeting a day apart.
    app = harness.app;
    page = harness.page;
    ingestArticle(
      app.db,
      article("2023-05-04", "Talks in Tallinn", "The delegations will meet in Tallinn on Friday."),
    );
    ingestArticle(
      app.db,
      article(
        "2023-05-08",
        "Talks in Tallinn over",
        "The delegations met in Tallinn on Saturday, May 6, officials said.",
      ),
    );
  });

  it("lists each claim under 'Reports disagree' with a link that marks the report's sentence", async () => {
    await harness.openTimeline();
    await page.locator("li.meeting", { hasText: "Tallinn" }).locator("button.meeting-card__open").click();
    const dispute = page.locator('#detail .dispute[data-field="date"]');
    await dispute.waitFor();
    expect(await page.locator("#detail h3", { hasText: "Reports disagree" }).count()).toBe(1);
    expect(await dispute.textContent()).toContain("the days of every report");
    expect(await dispute.locator(".dispute__value").allTextContents()).toEqual(["2023-05-05", "2023-05-06"]);
    await dispute.locator(".dispute__claim").nth(1).locator("a.source-link").first().click();
    await page.waitForFunction(() =>
      /Saturday/.test(document.querySelector("#article-text mark")?.textContent ?? ""),
    );
    // Geneva's reports agree: no such section.
    await harness.openTimeline();
    await page.locator("li.meeting", { hasText: "Geneva" }).locator("button.meeting-card__open").click();
    await page.locator("#detail .quote").first().waitFor();
    expect(await page.locator("#detail h3", { hasText: "Reports disagree" }).count()).toBe(0);
    expect(harness.problems).toEqual([]);
  });
});
