import type Database from "better-sqlite3";
import type { Article, ArticleDetail } from "../../schemas/article.js";
import { toFtsQuery } from "../fts.js";
import { everyRow, type KeysetPage, type KeysetPager } from "./keyset.js";
import { type Conditions, type StatementCache, whereClause } from "./statements.js";

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

export function createArticleQueries(sqlite: Database.Database, prepare: StatementCache, page: KeysetPager) {
  const byId = sqlite.prepare(`SELECT ${articleColumns}, a.text, a.warnings FROM articles a WHERE a.id = ?`);
  const meetingSpans = sqlite.prepare(
    `SELECT meeting_id AS meetingId, start, "end" FROM evidence WHERE article_id = ? ORDER BY start`,
  );
  const quoteSpans = sqlite.prepare(
    `SELECT id AS quoteId, start, "end" FROM quotes WHERE article_id = ? ORDER BY start`,
  );
  const list = (f: ArticleFilters & { limit: number; cursor?: string | undefined }): KeysetPage<Article> =>
    page<Article>({
      select: `SELECT ${articleColumns} FROM articles a`,
      ...articleConditions(f),
      key: [
        { sql: "a.date", field: "date" },
        { sql: "a.id", field: "id" },
      ],
      limit: f.limit,
      cursor: f.cursor,
    });
  return {
    list,
    all: (f: ArticleFilters) => everyRow(list, f),
    count(f: ArticleFilters): number {
      const c = articleConditions(f);
      return prepare(`SELECT count(*) FROM articles a${whereClause(c)}`)
        .pluck()
        .get(...c.params) as number;
    },
    get(id: string): ArticleDetail | undefined {
      const row = byId.get(id) as
        | (Omit<ArticleDetail, "warnings" | "spans"> & { warnings: string })
        | undefined;
      if (!row) return undefined;
      return {
        ...row,
        warnings: JSON.parse(row.warnings) as string[],
        spans: {
          meetings: meetingSpans.all(id) as ArticleDetail["spans"]["meetings"],
          quotes: quoteSpans.all(id) as ArticleDetail["spans"]["quotes"],
        },
      };
    },
  };
}
