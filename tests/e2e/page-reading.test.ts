import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { components } from "../../src/client/api-types.js";
import { browserTimeout, screenshotFolder, skipBrowser, usePageHarness } from "./page-harness.js";

type Quote = components["schemas"]["Quote"];
type MeetingList = components["schemas"]["MeetingList"];
type MeetingDetail = components["schemas"]["MeetingDetail"];

const byPlace = (a: Quote, b: Quote) => a.articleId.localeCompare(b.articleId) || a.start - b.start;

// One app and one Chromium for the whole file; each part sets the screen size it is about.
describe.skipIf(skipBrowser)("the timeline page, for reading", { timeout: browserTimeout }, () => {
  const harness = usePageHarness();
  const wide = { width: 1440, height: 900 };
  const phone = { width: 390, height: 844 };

  describe("every quote, in article order", () => {
    beforeEach(() => harness.page.setViewportSize(wide));

    async function openGeneva(): Promise<MeetingDetail> {
      const { page, api } = harness;
      const meetings = await api<MeetingList>("/meetings?city=Geneva");
      const geneva = await api<MeetingDetail>(`/meetings/${meetings.data[0]?.id}`);
      await harness.openTimeline();
      await page.locator(`li.meeting[data-id="${geneva.id}"] button.meeting-card__open`).click();
      await page.locator("#detail-body .quote").first().waitFor();
      return geneva;
    }

    it("orders a meeting's quotes by their place in the article", async () => {
      const geneva = await openGeneva();
      const shown = await harness.page
        .locator("#detail-body ul.quotes > .quote")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-quote")));
      expect(shown).toEqual([...geneva.quotes].sort(byPlace).map((quote) => quote.id));
    });

    it("lists every quote of the article, those about no meeting too", async () => {
      const { page, api } = harness;
      const geneva = await openGeneva();
      const articleId = geneva.quotes[0]?.articleId as string;
      const all = (await api<{ data: Quote[] }>("/quotes?limit=100")).data;
      const expected = all.filter((quote) => quote.articleId === articleId).sort(byPlace);
      expect(expected.some((quote) => quote.meetingId === null)).toBe(true);

      await page.locator("#detail-body ul.quotes .source-link").first().click();
      await page.locator("#article-quotes .quote").first().waitFor();
      const listed = page.locator("#article-quotes > .quote");
      expect(
        await listed.evaluateAll((items) => items.map((item) => item.getAttribute("data-quote"))),
      ).toEqual(expected.map((quote) => quote.id));
      const unlinked = listed.filter({ hasText: "hidden behind the scenes" });
      expect(await unlinked.count()).toBe(1);
      expect(await unlinked.locator("cite").textContent()).toBe("Sergey Ryabkov");
      await page
        .locator("#article-quotes")
        .screenshot({ path: join(screenshotFolder, "article-quotes-1440.png") });
      // Its link highlights it in the article above.
      await unlinked.locator("a.source-link").click();
      await page.waitForFunction(() =>
        /hidden behind the scenes/.test(document.querySelector("#article-text mark")?.textContent ?? ""),
      );
    });

    it("lists every quote of a speaker on the speaker's entry", async () => {
      const { page, api } = harness;
      await openGeneva();
      const speakerQuotes = (await api<{ data: Quote[] }>("/quotes?speaker=sergey-ryabkov&limit=100")).data;
      expect(speakerQuotes.filter((quote) => quote.meetingId === null).length).toBeGreaterThan(0);
      const entry = page.locator('#detail .participant[data-participant="sergey-ryabkov"]');
      await entry.locator("summary").click();
      await entry.locator(".quote").first().waitFor();
      expect(
        await entry
          .locator(".quote")
          .evaluateAll((items) => items.map((item) => item.getAttribute("data-quote"))),
      ).toEqual([...speakerQuotes].sort(byPlace).map((quote) => quote.id));
      expect(await entry.locator(".quote", { hasText: "hidden behind the scenes" }).count()).toBe(1);
      await entry.screenshot({ path: join(screenshotFolder, "speaker-quotes-1440.png") });
    });
  });

  describe("on a 390 px phone", () => {
    beforeEach(() => harness.page.setViewportSize(phone));

    it("brings an opened meeting's detail on screen, not just its header", async () => {
      const { page } = harness;
      await harness.openTimeline();
      await page.locator("li.meeting", { hasText: "Geneva" }).locator("button.meeting-card__open").click();
      await page.locator("#detail-body .quote").first().waitFor();
      await page.waitForTimeout(600); // a smooth scroll settles
      const view = await page.evaluate(() => {
        const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
        return { detail: top("#detail"), participants: top("#detail-body h3"), height: window.innerHeight };
      });
      expect(view.detail).toBeGreaterThanOrEqual(-1);
      expect(view.detail).toBeLessThan(view.height / 4);
      expect(view.participants).toBeLessThan(view.height);
    });

    it("shows each select box's options in full", async () => {
      const { page } = harness;
      await harness.openTimeline();
      await page.waitForFunction(() => document.querySelectorAll("#f-organization option").length > 1);
      const cut = await page.evaluate(() => {
        const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
        const problems: string[] = [];
        for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>("#filters select"))) {
          const style = getComputedStyle(select);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // The room for text: the box minus its padding, borders and the drop-down arrow (about 1.5em).
          const room =
            select.getBoundingClientRect().width -
            Number.parseFloat(style.paddingLeft) -
            Number.parseFloat(style.paddingRight) -
            Number.parseFloat(style.borderLeftWidth) -
            Number.parseFloat(style.borderRightWidth) -
            1.5 * Number.parseFloat(style.fontSize);
          for (const option of Array.from(select.options)) {
            const width = context.measureText(option.text).width;
            if (width > room) problems.push(`${select.id}: "${option.text}" needs ${width} px, has ${room}`);
          }
        }
        return problems;
      });
      expect(cut).toEqual([]);
    });
  });

  describe("the overview of all meetings", () => {
    beforeEach(() => harness.page.setViewportSize(wide));

    async function overviewMarkers() {
      const { page } = harness;
      await harness.openTimeline();
      await page.locator("#overview-axis .overview__meeting").first().waitFor();
      return page.locator("#overview-axis .overview__meeting");
    }

    it("puts every meeting on a time axis scaled to the data, held and scheduled told apart", async () => {
      const { page, api } = harness;
      const meetings = (await api<MeetingList>("/meetings?limit=100")).data;
      const markers = await overviewMarkers();
      expect(await markers.count()).toBe(meetings.length);
      const shown = await markers.evaluateAll((items) =>
        items.map((item) => {
          const box = item.getBoundingClientRect();
          return {
            id: item.getAttribute("data-meeting"),
            x: box.left + box.width / 2,
            label: item.getAttribute("aria-label") ?? "",
            glyph: item.textContent ?? "",
            border: getComputedStyle(item).borderStyle,
          };
        }),
      );
      expect(new Set(shown.map((marker) => marker.id))).toEqual(
        new Set(meetings.map((meeting) => meeting.id)),
      );
      // Later meetings sit further right.
      const byDate = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      const xs = byDate.map((meeting) => shown.find((marker) => marker.id === meeting.id)?.x ?? Number.NaN);
      for (let i = 1; i < xs.length; i++) {
        if (byDate[i]?.date !== byDate[i - 1]?.date) expect(xs[i]).toBeGreaterThan(xs[i - 1] as number);
      }
      // Scaled to the data: the first and last meetings span most of the axis.
      const axis = await page.locator("#overview .overview__axis").boundingBox();
      expect(axis).not.toBeNull();
      const spread = ((xs.at(-1) as number) - (xs[0] as number)) / (axis?.width ?? 1);
      expect(spread).toBeGreaterThan(0.5);
      // Status in words for screen readers, and in shape and glyph for eyes, not in colour alone.
      for (const meeting of meetings) {
        const marker = shown.find((item) => item.id === meeting.id);
        expect(marker?.label).toContain(meeting.title);
        expect(marker?.label.toLowerCase()).toContain(meeting.status);
      }
      const held = shown.find((marker) => /held/i.test(marker.label));
      const scheduled = shown.find((marker) => /scheduled/i.test(marker.label));
      expect(held?.glyph).not.toBe(scheduled?.glyph);
      expect(held?.border).not.toBe(scheduled?.border);
      expect(await page.locator("#overview .overview__legend").textContent()).toMatch(/Held.*Scheduled/s);
      await page.locator("#overview").screenshot({ path: join(screenshotFolder, "overview-1440.png") });
    });

    it("opens a meeting by click and by keyboard", async () => {
      const { page } = harness;
      const markers = await overviewMarkers();
      const vienna = markers.and(page.locator('[aria-label*="Vienna"]'));
      await vienna.click();
      await page.waitForFunction(() =>
        /Vienna/.test(document.querySelector("#detail-heading")?.textContent ?? ""),
      );
      expect(await vienna.getAttribute("aria-expanded")).toBe("true");

      await harness.openTimeline();
      const geneva = page.locator('#overview-axis .overview__meeting[aria-label*="Geneva"]');
      // Reached with Tab from the overview's heading, opened with Enter.
      await page.locator("#overview-heading").focus();
      let found = false;
      for (let step = 0; step < 10 && !found; step++) {
        await page.keyboard.press("Tab");
        found = await geneva.evaluate((element) => element === document.activeElement);
      }
      expect(found).toBe(true);
      // Sighted keyboard users read what the focused marker is under the axis.
      expect(await page.locator("#overview-caption").textContent()).toMatch(/Geneva.*held/);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() =>
        /Geneva/.test(document.querySelector("#detail-heading")?.textContent ?? ""),
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("detail-heading");
      expect(page.url()).toMatch(/#meeting=/);
      // Escape closes the panel and gives focus back to the marker that opened it.
      await page.keyboard.press("Escape");
      await page.locator("#detail").waitFor({ state: "hidden" });
      expect(await geneva.evaluate((element) => element === document.activeElement)).toBe(true);
    });

    it("scales to years of meetings: months on the axis, crowded months narrowed on demand", async () => {
      const { page } = harness;
      // 40 meetings over three years, 9 of them in March 2021: more than a bin shows.
      const dates = [
        ...Array.from(
          { length: 31 },
          (_, index) => `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-15`,
        ),
        ...Array.from({ length: 9 }, (_, index) => `2021-03-${String(index + 1).padStart(2, "0")}`),
      ].sort();
      const data = dates.map((date, index) => ({
        id: `${date}-m${index}`,
        title: `Talks number ${index}`,
        date,
        endDate: null,
        dateCertainty: "stated",
        city: "Geneva",
        country: "Switzerland",
        status: (["held", "scheduled", "postponed", "cancelled"] as const)[index % 4],
        organizations: [],
        parties: [],
      }));
      await page.route(/\/meetings\?/, (route) =>
        route.fulfill({ json: { data, page: { limit: 100, next: null } } }),
      );
      try {
        await harness.openTimeline();
        await page.locator("#overview-axis .overview__bin").first().waitFor();
        const bins = await page.locator("#overview-axis .overview__bin").count();
        expect(bins).toBe(31); // January 2020 to July 2022
        expect(await page.locator("#overview-summary").textContent()).toMatch(/40 meetings.*by month/);
        // Each of the four statuses has its own word, glyph and outline.
        const looks = await page.locator("#overview-axis .overview__meeting").evaluateAll((items) =>
          items.map((item) => {
            const status = /(held|scheduled|postponed|cancelled)$/.exec(
              item.getAttribute("aria-label") ?? "",
            )?.[1];
            return `${status} ${item.textContent} ${getComputedStyle(item).borderStyle}`;
          }),
        );
        expect(new Set(looks).size).toBe(4);
        expect(new Set(looks.map((look) => look.split(" ").slice(1).join(" "))).size).toBe(4);
        expect(new Set(await page.locator("li.meeting .badge").allTextContents()).size).toBe(4);
        const march = page.locator('#overview-axis .overview__bin[data-period="2021-03"]');
        expect(await march.locator(".overview__meeting").count()).toBe(5);
        const more = march.locator("button.overview__more");
        expect(await more.textContent()).toBe("+5");
        await page
          .locator("#overview")
          .screenshot({ path: join(screenshotFolder, "overview-years-1440.png") });
        // Reached from the previous marker with the arrow key, like every marker.
        await march.locator(".overview__meeting").last().focus();
        await page.keyboard.press("ArrowRight");
        expect(await more.evaluate((element) => element === document.activeElement)).toBe(true);
        await page.keyboard.press("Enter");
        await page.waitForURL(/from=2021-03-01/);
        expect(new URL(page.url()).searchParams.get("to")).toBe("2021-03-31");
        expect(await page.locator("#f-from").inputValue()).toBe("2021-03-01");
      } finally {
        await page.unroute(/\/meetings\?/);
      }
    });

    it("counts meetings per period when there are too many to mark one by one", async () => {
      const { page } = harness;
      const months = Array.from(
        { length: 120 },
        (_, index) => `${2015 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`,
      );
      const perStatus = { held: 60, scheduled: 30, postponed: 8, cancelled: 2 } as const;
      const listed = Array.from({ length: 100 }, (_, index) => ({
        id: `m${index}`,
        title: `Talks number ${index}`,
        date: `2015-01-${String((index % 28) + 1).padStart(2, "0")}`,
        endDate: null,
        dateCertainty: "stated",
        city: "Geneva",
        country: "Switzerland",
        status: "held",
        organizations: [],
        parties: [],
      }));
      await page.route(/\/meetings\?/, (route) => {
        const url = new URL(route.request().url());
        const status = url.searchParams.get("status") as keyof typeof perStatus | null;
        if (url.searchParams.get("histogram") === "month" && status) {
          const buckets = months.map((period) => ({ period, count: perStatus[status] }));
          return route.fulfill({
            json: { data: [], page: { limit: 1, next: "more" }, histogram: { interval: "month", buckets } },
          });
        }
        return route.fulfill({ json: { data: listed, page: { limit: 100, next: "more", total: 12_000 } } });
      });
      try {
        await harness.openTimeline();
        const bars = page.locator("#overview-axis button.overview__bar");
        await bars.first().waitFor();
        expect(await page.locator("#overview-axis .overview__meeting").count()).toBe(0);
        expect(await bars.count()).toBe(10); // 2015 to 2024, by year
        expect(await page.locator("#overview-summary").textContent()).toMatch(/12,000 meetings.*by year/);
        const first = bars.first();
        expect(await first.getAttribute("aria-label")).toBe(
          "2015: 1,200 meetings (720 held, 360 scheduled, 96 postponed, 24 cancelled); show that period only",
        );
        // Four parts, each with its own fill, in the legend too.
        const fills = await first
          .locator(".overview__segment")
          .evaluateAll((parts) =>
            parts.map(
              (part) => getComputedStyle(part).backgroundImage + getComputedStyle(part).backgroundColor,
            ),
          );
        expect(new Set(fills).size, fills.join(" | ")).toBe(4);
        expect(await page.locator(".overview__key .overview__segment").first().isVisible()).toBe(true);
        await page
          .locator("#overview")
          .screenshot({ path: join(screenshotFolder, "overview-counts-1440.png") });
        // Keyboard: one tab stop, arrows along the bars, Enter narrows the filters to the year.
        await first.focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Enter");
        await page.waitForURL(/from=2016-01-01/);
        expect(new URL(page.url()).searchParams.get("to")).toBe("2016-12-31");
      } finally {
        await page.unroute(/\/meetings\?/);
      }
    });

    it("fits a 390 px screen", async () => {
      const { page } = harness;
      await page.setViewportSize(phone);
      const markers = await overviewMarkers();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      for (const box of await markers.evaluateAll((items) =>
        items.map((item) => item.getBoundingClientRect().toJSON()),
      )) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(390);
      }
      await page.locator("#overview").screenshot({ path: join(screenshotFolder, "overview-390.png") });
      expect(existsSync(join(screenshotFolder, "overview-1440.png"))).toBe(true);
      expect(existsSync(join(screenshotFolder, "overview-390.png"))).toBe(true);
    });
  });

  it("logged no script error or blocked request", () => {
    expect(harness.problems).toEqual([]);
  });
});
