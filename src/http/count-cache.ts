import type { FastifyRequest } from "fastify";

export interface CountCacheOptions {
  /** Totals kept (least recently used dropped first); 0 counts on every request. Default 2000. */
  maxEntries?: number;
}

/** Query parameters that change the page but not the total. */
const pageOnly = new Set(["limit", "cursor", "count", "format", "sort", "include", "facet", "histogram"]);

/** One app's cache of list totals, keyed by route and filters, each remembered with the data version it counted. */
export function createCountCache(options: CountCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 2000;
  const cache = new Map<string, { version: number; total: number }>();
  return {
    total(key: string, version: number, count: () => number): number {
      if (maxEntries === 0) return count();
      const hit = cache.get(key);
      if (hit && hit.version === version) {
        // Most recently used last, so the first key is the one to evict.
        cache.delete(key);
        cache.set(key, hit);
        return hit.total;
      }
      const total = count();
      cache.delete(key);
      cache.set(key, { version, total });
      for (const oldest of cache.keys()) {
        if (cache.size <= maxEntries) break;
        cache.delete(oldest);
      }
      return total;
    },
  };
}
export type CountCache = ReturnType<typeof createCountCache>;

declare module "fastify" {
  interface FastifyInstance {
    countCache: CountCache;
  }
}

/**
 * A list's total for the request's filters, counted once per data version. Paging through a search asks for the
 * same total on every page, and counting a term found in 10,000 of a million quotes reads its whole posting list
 * (5–13 ms) where the page itself takes 0.4 ms. Every write bumps the version, so a total is never stale; the
 * cache is the app's own (`app.countCache`), so apps over different databases never share totals.
 */
export function cachedTotal(request: FastifyRequest, count: () => number): number {
  const filters = Object.entries(request.query as Record<string, unknown>)
    // An exact count (`/quotes?count=exact`) has another bound than the default one: a total of its own.
    .filter(([name, value]) => (!pageOnly.has(name) || value === "exact") && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const key = `${request.routeOptions.url}?${JSON.stringify(filters)}`;
  return request.server.countCache.total(key, request.server.repositories.meta.dataVersion(), count);
}
