import { asc, eq, sql } from "drizzle-orm";
import type { Article, ArticleDetail } from "../../schemas/article.js";
import type { Db } from "../client.js";
import { toFtsQuery } from "../fts.js";
import { articles, evidence, quotes } from "../schema.js";
import { type KeysetPager, keysetList } from "./keyset.js";
import type { Conditions, StatementCache } from "./statements.js";

const articleColumns = `a.id, a.date, a.title, a.sha256, a.source, a.extractor_version AS extractorVersion,
  a.loaded_at AS loadedAt`;

export interface ArticleFilters {
  q?: string | undefined;
  updatedSince?: string | undefined;
}

function articleConditions(f: ArticleFilters): Conditions {
  const c: Conditions = { where: [], params: [] };
  if (f.updatedSince) c.where.push("a.loaded_at >= ?") && c.params.push(f.updatedSince);
  if (f.q !== undefined) {
    const match = toFtsQuery(f.q);
    if (match === null) c.where.push("0");
    else
      c.where.push("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)") &&
        c.params.push(match);
  }
  return c;
}

export function createArticleQueries(db: Db, prepare: StatementCache, page: KeysetPager) {
  const id = sql.placeholder("id");
  const byId = db
    .select({
      id: articles.id,
      date: articles.date,
      title: articles.title,
      sha256: articles.sha256,
      source: articles.source,
      extractorVersion: articles.extractorVersion,
      loadedAt: articles.loadedAt,
      text: articles.text,
      warnings: articles.warnings,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .prepare();
  const meetingSpans = db
    .select({ meetingId: evidence.meetingId, start: evidence.start, end: evidence.end })
    .from(evidence)
    .where(eq(evidence.articleId, id))
    .orderBy(asc(evidence.start))
    .prepare();
  const quoteSpans = db
    .select({ quoteId: quotes.id, start: quotes.start, end: quotes.end })
    .from(quotes)
    .where(eq(quotes.articleId, id))
    .orderBy(asc(quotes.start))
    .prepare();
  return {
    ...keysetList<Article, ArticleFilters>(page, prepare, {
      columns: articleColumns,
      from: "articles a",
      conditions: articleConditions,
      key: [
        { sql: "a.date", field: "date" },
        { sql: "a.id", field: "id" },
      ],
    }),
    get(id: string): ArticleDetail | undefined {
      const row = byId.get({ id });
      if (!row) return undefined;
      return { ...row, spans: { meetings: meetingSpans.all({ id }), quotes: quoteSpans.all({ id }) } };
    },
  };
}
