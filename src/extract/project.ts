import type { Extraction } from "./types.js";

/** The CLI/scorer view of an extraction: exactly these fields, nothing more. */
export interface ProjectedExtraction {
  article: { date: string; title: string };
  meetings: {
    date: string;
    endDate: string | null;
    city: string;
    country: string;
    status: string;
    organizations: string[];
    parties: string[];
    evidence: { start: number; end: number }[];
    rule: string;
    confidence: number;
  }[];
  people: {
    name: string;
    role: string | null;
    affiliation: string | null;
    rule: string;
    confidence: number;
  }[];
  quotes: {
    text: string;
    speaker: string | null;
    meetingIndex: number | null;
    start: number;
    end: number;
    rule: string;
    confidence: number;
  }[];
  warnings: string[];
}

export function projectExtraction(e: Extraction): ProjectedExtraction {
  return {
    article: { date: e.article.date, title: e.article.title },
    meetings: e.meetings.map((m) => ({
      date: m.date,
      endDate: m.endDate,
      city: m.city,
      country: m.country,
      status: m.status,
      organizations: [...m.organizations],
      parties: [...m.parties],
      evidence: m.evidence.map((s) => ({ start: s.start, end: s.end })),
      rule: m.rule,
      confidence: m.confidence,
    })),
    people: e.people.map((p) => ({
      name: p.name,
      role: p.role,
      affiliation: p.affiliation,
      rule: p.rule,
      confidence: p.confidence,
    })),
    quotes: e.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      meetingIndex: q.meetingIndex,
      start: q.start,
      end: q.end,
      rule: q.rule,
      confidence: q.confidence,
    })),
    warnings: [...e.warnings],
  };
}
