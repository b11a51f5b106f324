import type { FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { cachedTotal, createCountCache } from "../../src/http/count-cache.js";

/** The parts of a request the cache reads: the route, the query, and the app's data version. */
function fakeApp(maxEntries?: number) {
  const state = { version: 1 };
  const repositories = { meta: { dataVersion: () => state.version } };
  const countCache = createCountCache({ maxEntries });
  const request = (url: string, query: Record<string, unknown>) =>
    ({ server: { repositories, countCache }, routeOptions: { url }, query }) as unknown as FastifyRequest;
  return { state, request };
}

describe("cached list totals", () => {
  it("counts once for every page of the same filters, in any parameter order", () => {
    const { request } = fakeApp();
    let counted = 0;
    const count = () => ++counted && 42;
    expect(cachedTotal(request("/quotes", { q: "security", from: "2022-01-01", limit: 20 }), count)).toBe(42);
    expect(
      cachedTotal(request("/quotes", { from: "2022-01-01", q: "security", cursor: "abc", limit: 5 }), count),
    ).toBe(42);
    expect(counted).toBe(1);
  });

  it("counts again after a write, and for other filters or another route", () => {
    const { state, request } = fakeApp();
    let total = 10;
    expect(cachedTotal(request("/quotes", { q: "a" }), () => total)).toBe(10);
    total = 11;
    state.version = 2;
    expect(cachedTotal(request("/quotes", { q: "a" }), () => total)).toBe(11);
    expect(cachedTotal(request("/quotes", { q: "b" }), () => 3)).toBe(3);
    expect(cachedTotal(request("/participants", { q: "a" }), () => 7)).toBe(7);
  });

  it("keeps at most maxEntries totals, dropping the least recently used", () => {
    const { request } = fakeApp(2);
    let counted = 0;
    const ask = (q: string) => cachedTotal(request("/quotes", { q }), () => ++counted);
    ask("a");
    ask("b");
    ask("a");
    ask("c"); // evicts b
    const before = counted;
    ask("a");
    ask("c");
    expect(counted).toBe(before);
    ask("b");
    expect(counted).toBe(before + 1);
  });

  it("is off at maxEntries 0: every call counts", () => {
    const { request } = fakeApp(0);
    let counted = 0;
    cachedTotal(request("/quotes", { q: "a" }), () => ++counted);
    cachedTotal(request("/quotes", { q: "a" }), () => ++counted);
    expect(counted).toBe(2);
  });
});
