import { http, postArticle, writableApp } from "../helpers.js";

// Posts the same reports in every order into fresh databases and names each listed meeting by its days, city,
// status and the reports (by their place in the list given) that it lists among its sources.

type Listed = { id: string; date: string; endDate: string | null; city: string; status: string };
type Source = { articleId: string };

/** Every meeting listed after posting `order`, its sources named by their place in `texts`. */
async function timeline(texts: string[], order: string[]): Promise<string[]> {
  const app = await writableApp();
  const ids = new Map<string, number>();
  for (const text of order) ids.set((await postArticle(app, text)).body.articleId, texts.indexOf(text));
  const listed = (await http(app).get("/meetings?limit=100&from=2023-01-01")).body.data as Listed[];
  const rows: string[] = [];
  for (const m of listed) {
    const detail = (await http(app).get(`/meetings/${m.id}`)).body as { sources: Source[] };
    const by = [...new Set(detail.sources.map((s) => ids.get(s.articleId)))].sort().join(",");
    const days = m.endDate ? `${m.date}..${m.endDate}` : m.date;
    rows.push(`${days} ${m.city} ${m.status} [${by}]`);
  }
  await app.close();
  return rows.sort();
}

/** Every order of up to four reports (all permutations). */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The timeline of each order of `texts`, keyed by the order (indexes into `texts`). */
export async function timelinesInEveryOrder(texts: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const order of permutations(texts)) {
    out.set(order.map((t) => texts.indexOf(t)).join(""), await timeline(texts, order));
  }
  return out;
}
