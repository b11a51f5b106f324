/** Example records for the OpenAPI document, taken from the seed article's timeline. */

export const articleExample = {
  id: "2022-01-10-6b1f0c2d9e",
  date: "2022-01-10",
  title: "Security talks with the United States are “difficult,” but “professional,” according to Russia.",
  sha256: "6b1f0c2d9e4a8f7b3c5d1e2f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b",
  source: "seeds/000_ac63f187e8067ee2.txt",
  extractorVersion: "2.0.0",
  loadedAt: "2026-11-28T03:00:00.000Z",
};

export const meetingExample = {
  id: "2022-01-10-geneva",
  title: "Russia–United States talks in Geneva",
  date: "2022-01-10",
  endDate: null,
  dateCertainty: "inferred" as const,
  city: "Geneva",
  country: "Switzerland",
  status: "held" as const,
  organizations: [],
  parties: ["Russia", "United States"],
  sourceCount: 1,
  rule: "meeting:venue-sentence",
  confidence: 0.93,
};

export const participantExample = {
  id: "sergey-ryabkov",
  name: "Sergey Ryabkov",
  kind: "person" as const,
  role: "Deputy Foreign Minister",
  affiliation: "Russia",
  rule: "person:title",
  confidence: 0.97,
};

export const quoteExample = {
  id: "q-3f1c2a9b8d7e",
  text: "very seriously",
  speaker: { id: "sergey-ryabkov", name: "Sergey Ryabkov" },
  meetingId: "2022-01-10-geneva",
  articleId: articleExample.id,
  start: 612,
  end: 626,
  date: "2022-01-10",
  rule: "quote:after-named",
  confidence: 0.95,
};

export const sourceExample = {
  articleId: articleExample.id,
  start: 271,
  end: 494,
  text: "Russian Deputy Foreign Minister Sergey Ryabkov described Monday’s security guarantees talks in Geneva as “difficult, deep, professional, and concrete,” noting that the two sides did not try to soften or avoid thorny issues.",
  dateText: "Monday’s",
};

export const correctionExample = {
  field: "date",
  value: "2022-01-13",
  note: "The article's paragraph breaks displaced the day numbers.",
  source: "seeds/000_ac63f187e8067ee2.errata.json",
  time: "2026-11-28T00:00:00.000Z",
};

export const pageExample = { limit: 20, next: null, total: 3 };

/** tests/fixtures/articles/brussels-follow-up.txt: the article the POST /articles examples send. */
export const newArticleText =
  " date 2022-01-14 NATO and Russia hold talks in Brussels\n\n" +
  "NATO and Russian officials held talks in Brussels on Wednesday, the alliance said.\n\n" +
  "NATO Secretary General Jens Stoltenberg said the meeting on January 12 had been “frank and open.”\n";

/** What POST /articles answers for `newArticleText` over the seed: first added (201), then already there (200). */
export const ingestExamples = {
  created: {
    articleId: "2022-01-14-7c9ede2ac9",
    created: true,
    meetings: { created: [], merged: ["2022-01-12-brussels"] },
    participants: ["russia", "nato", "jens-stoltenberg"],
    quotes: ["q-c72cfc50db8a"],
    warnings: [],
  },
  present: {
    articleId: "2022-01-14-7c9ede2ac9",
    created: false,
    meetings: { created: [], merged: [] },
    participants: [],
    quotes: [],
    warnings: [],
  },
};
