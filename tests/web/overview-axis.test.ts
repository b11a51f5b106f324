import { describe, expect, it } from "vitest";
import { binsOf, countBins, unitFor } from "../../src/web/overview-axis.js";

const at = (...dates: string[]) => dates.map((date, index) => ({ id: `m${index}`, date }));

describe("the overview's time axis", () => {
  it("picks days for a few weeks, months for a few years, years beyond", () => {
    expect(unitFor("2022-01-10", "2022-01-13")).toBe("day");
    expect(unitFor("2022-01-10", "2022-03-13")).toBe("day");
    expect(unitFor("2022-01-10", "2022-03-14")).toBe("month");
    expect(unitFor("2019-01-01", "2024-12-31")).toBe("month");
    expect(unitFor("2015-02-01", "2025-06-30")).toBe("year");
  });

  it("keeps empty periods, so distances on the axis are to scale", () => {
    const bins = binsOf(at("2022-01-10", "2022-01-12", "2022-01-13"), "day", "2022-01-10", "2022-01-13");
    expect(bins.map((bin) => bin.key)).toEqual(["2022-01-10", "2022-01-11", "2022-01-12", "2022-01-13"]);
    expect(bins.map((bin) => bin.meetings.length)).toEqual([1, 0, 1, 1]);
    expect(bins[0]?.tick).toEqual(["10", "Jan 2022"]);
    expect(bins[1]?.tick).toEqual(["11", null]);
  });

  it("bins by month across a year end, each bin spanning its whole month", () => {
    const meetings = at("2021-11-30", "2021-11-02", "2022-02-01");
    const bins = binsOf(meetings, "month", "2021-11-02", "2022-02-01");
    expect(bins.map((bin) => [bin.from, bin.to, bin.meetings.length])).toEqual([
      ["2021-11-01", "2021-11-30", 2],
      ["2021-12-01", "2021-12-31", 0],
      ["2022-01-01", "2022-01-31", 0],
      ["2022-02-01", "2022-02-28", 1],
    ]);
    expect(bins.map((bin) => bin.tick)).toEqual([
      ["Nov", "2021"],
      ["Dec", null],
      ["Jan", "2022"],
      ["Feb", null],
    ]);
    expect(bins[0]?.label).toBe("Nov 2021");
  });

  it("bins by year, every meeting in exactly one bin", () => {
    const meetings = at("2015-03-01", "2018-07-04", "2018-12-31", "2025-01-01");
    const bins = binsOf(meetings, "year", "2015-03-01", "2025-01-01");
    expect(bins).toHaveLength(11);
    expect(bins[0]).toMatchObject({ from: "2015-01-01", to: "2015-12-31", tick: ["2015", null] });
    expect(bins.flatMap((bin) => bin.meetings)).toHaveLength(meetings.length);
    expect(bins.find((bin) => bin.key === "2018")?.meetings).toHaveLength(2);
  });
});

describe("the overview's counts, for more meetings than markers", () => {
  it("adds each status's monthly counts into month bins, empty months kept", () => {
    const axis = countBins([
      {
        status: "held",
        buckets: [
          { period: "2021-01", count: 300 },
          { period: "2021-03", count: 20 },
        ],
      },
      { status: "scheduled", buckets: [{ period: "2021-03", count: 7 }] },
    ]);
    expect(axis?.unit).toBe("month");
    const sums = axis?.bins.map((bin) => [bin.key, bin.meetings.reduce((sum, item) => sum + item.count, 0)]);
    expect(sums).toEqual([
      ["2021-01", 300],
      ["2021-02", 0],
      ["2021-03", 27],
    ]);
  });

  it("adds months into years over a long span", () => {
    const axis = countBins([
      {
        status: "held",
        buckets: [
          { period: "2010-05", count: 1 },
          { period: "2010-06", count: 2 },
          { period: "2024-12", count: 4 },
        ],
      },
    ]);
    expect(axis?.unit).toBe("year");
    expect(axis?.bins).toHaveLength(15);
    expect(axis?.bins[0]?.meetings.map((item) => item.count)).toEqual([1, 2]);
  });

  it("has nothing to draw without counts", () => {
    expect(countBins([{ status: "held", buckets: [] }])).toBeNull();
  });
});
