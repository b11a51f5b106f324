import { type Conditions, countUpTo, type StatementCache, whereClause } from "./statements.js";

export const facetNames = ["city", "country", "organization", "status"] as const;
export type FacetName = (typeof facetNames)[number];
export type Facets = Partial<Record<FacetName, { value: string; count: number }[]>>;
export type HistogramInterval = "month" | "year";

const facetSql: Record<FacetName, (where: string) => string> = {
  city: (w) => `SELECT m.city AS value, count(*) AS count FROM meetings m${w} GROUP BY m.city`,
  country: (w) => `SELECT m.country AS value, count(*) AS count FROM meetings m${w} GROUP BY m.country`,
  status: (w) => `SELECT m.status AS value, count(*) AS count FROM meetings m${w} GROUP BY m.status`,
  organization: (w) =>
    `SELECT p.name AS value, count(DISTINCT m.id) AS count FROM meetings m
     JOIN meeting_participants mp ON mp.meeting_id = m.id AND mp.role = 'organization'
     JOIN participants p ON p.id = mp.participant_id${w} GROUP BY p.name`,
};

/** Counts over the current filter (never the current page): totals, facet values and a date histogram. */
export function createMeetingAggregates(prepare: StatementCache) {
  return {
    count(c: Conditions): number {
      return countUpTo(prepare, `meetings m${whereClause(c)}`, c.params);
    },
    facets(c: Conditions, names: readonly FacetName[]): Facets {
      const facets: Facets = {};
      for (const name of names) {
        facets[name] = prepare<{ value: string; count: number }>(
          `${facetSql[name](whereClause(c))} ORDER BY count DESC, value`,
        ).all(...c.params);
      }
      return facets;
    },
    histogram(c: Conditions, interval: HistogramInterval): { period: string; count: number }[] {
      const length = interval === "month" ? 7 : 4;
      return prepare<{ period: string; count: number }>(
        `SELECT substr(m.date, 1, ${length}) AS period, count(*) AS count FROM meetings m${whereClause(c)}
         GROUP BY period ORDER BY period`,
      ).all(...c.params);
    },
  };
}
