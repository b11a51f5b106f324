import { openDatabase } from "../src/db/client.js";
import { createRepositories } from "../src/db/queries/index.js";
import { median } from "./load.js";

/** Milliseconds (median of `times` calls) of a page of a list, directly on the repositories (no HTTP, no cache). */
function time(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 1000) / 1000;
}

/** Page 1 against page 1,000 (limit 20, following cursors) of the meeting and quote lists: keyset pagination. */
export function measureDeepPages(path: string, page = 1000, times = 200) {
  const db = openDatabase(path, { readonly: true });
  try {
    const repos = createRepositories(db.$client);
    const result: Record<string, { page1Ms: number; pageNMs: number; page: number } | null> = {};
    const lists = {
      meetings: (cursor?: string) => repos.meetings.list({ limit: 20, cursor }),
      quotes: (cursor?: string) => repos.quotes.list({ limit: 20, cursor }),
    };
    for (const [name, list] of Object.entries(lists)) {
      let cursor: string | undefined;
      let reached = 1;
      for (; reached < page; reached++) {
        const next = list(cursor).next;
        if (!next) break;
        cursor = next;
      }
      if (reached < page) {
        result[name] = null;
        continue;
      }
      result[name] = { page1Ms: time(() => list(), times), pageNMs: time(() => list(cursor), times), page };
    }
    return result;
  } finally {
    db.$client.close();
  }
}
