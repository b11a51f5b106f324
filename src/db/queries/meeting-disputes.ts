import { asc, eq, sql } from "drizzle-orm";
import { slugify } from "../../ids.js";
import type { Dispute } from "../../schemas/meeting.js";
import type { Db } from "../client.js";
import { evidence, meetingReports } from "../schema.js";

type Report = {
  articleId: string;
  articleDate: string;
  status: string;
  date: string;
  endDate: string | null;
  city: string | null;
};

interface Chosen {
  date: string;
  endDate: string | null;
  city: string;
  status: string;
  /** The fields an editor corrected: the chosen value is theirs. */
  corrected: ReadonlySet<string>;
}

/** What one article's report claims of a meeting: its days, venue and status (read here and by the write path). */
export const reportClaimColumns = {
  articleId: meetingReports.articleId,
  articleDate: meetingReports.articleDate,
  status: meetingReports.status,
  date: meetingReports.date,
  endDate: meetingReports.endDate,
  city: meetingReports.city,
};

const span = (date: string, endDate: string | null) =>
  endDate && endDate !== date ? `${date}/${endDate}` : date;

/**
 * Where the reports that place a meeting disagree on its days, venue or status: each claim with the reports that
 * make it (and their sentences), and the value chosen with why. Read at request time from the reports kept per
 * article, so it follows every new, deleted or merged report.
 */
export function createDisputeQueries(db: Db) {
  const id = sql.placeholder("id");
  const reportsOf = db
    .select(reportClaimColumns)
    .from(meetingReports)
    .where(eq(meetingReports.meetingId, id))
    .orderBy(asc(meetingReports.articleDate), asc(meetingReports.articleId))
    .prepare();
  const sentencesOf = db
    .select({ articleId: evidence.articleId, start: evidence.start, end: evidence.end })
    .from(evidence)
    .where(eq(evidence.meetingId, id))
    .orderBy(asc(evidence.articleId), asc(evidence.start))
    .prepare();

  return (meetingId: string, chosen: Chosen): Dispute[] => {
    const reports: Report[] = reportsOf.all({ id: meetingId });
    if (reports.length < 2) return [];
    const sentences = sentencesOf.all({ id: meetingId });
    /** The reports grouped by what they claim (by `key`), each claim shown as its first report words it. */
    const claimsBy = (of: Report[], key: (r: Report) => string, show: (r: Report) => string) => {
      const claims = new Map<string, Dispute["claims"][number]>();
      for (const report of of) {
        const k = key(report);
        const claim = claims.get(k) ?? { value: show(report), articleIds: [], sources: [] };
        claim.articleIds.push(report.articleId);
        claim.sources.push(...sentences.filter((s) => s.articleId === report.articleId));
        claims.set(k, claim);
      }
      return [...claims.values()];
    };
    const disputes: Dispute[] = [];
    const add = (field: Dispute["field"], value: string, claims: Dispute["claims"], reason: string) => {
      if (claims.length < 2) return;
      disputes.push({
        field,
        value,
        reason: chosen.corrected.has(field) ? "an editor's correction" : reason,
        claims,
      });
    };

    const days = (r: Report) => span(r.date, r.endDate);
    // A plan overtaken by the days a report says the meeting took place is a claim, not days of the meeting
    // (src/ingest/rescheduled.ts): the chosen span then leaves some report's days out.
    const outside = reports.some(
      (r) => r.date < chosen.date || (r.endDate ?? r.date) > (chosen.endDate ?? chosen.date),
    );
    add(
      "date",
      span(chosen.date, chosen.endDate),
      claimsBy(reports, days, days),
      outside ? "the days reports say it took place, not an earlier plan's" : "the days of every report",
    );

    const named = reports.filter((r) => r.city !== null);
    const cities = claimsBy(
      named,
      (r) => slugify(r.city ?? ""),
      (r) => r.city ?? "",
    );
    const most = Math.max(...cities.map((c) => c.articleIds.length));
    const chosenCity = cities.find((c) => slugify(c.value) === slugify(chosen.city));
    const mostReports =
      chosenCity?.articleIds.length === most &&
      cities.filter((c) => c.articleIds.length === most).length === 1;
    add(
      "city",
      chosen.city,
      cities,
      mostReports ? "most reports" : "the report that first placed the meeting",
    );

    // A report written before the meeting's last day that it is still to come is a plan, not a contradiction of
    // a later report that it took place, was postponed or called off.
    const end = chosen.endDate ?? chosen.date;
    const statusClaims = reports.filter((r) => !(r.status === "scheduled" && r.articleDate < end));
    add(
      "status",
      chosen.status,
      claimsBy(
        statusClaims,
        (r) => r.status,
        (r) => r.status,
      ),
      "the latest report (of one day, one that it took place before one that it was called off, postponed or is to come); held once a report written after its days says it took place",
    );
    return disputes;
  };
}

export type DisputesOf = ReturnType<typeof createDisputeQueries>;
