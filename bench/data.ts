import { existsSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { rebuildParticipantMeetingYearsSql } from "../src/db/queries/participant-entries.js";
import { rebuildQuoteSearchSql } from "../src/db/queries/quote-search.js";
import { articleId, meetingId, participantId, quoteId, sha256, slugify } from "../src/ids.js";
import { meetingTitle } from "../src/ingest/titles.js";
import {
  addDays,
  articleBody,
  createRandom,
  organizations,
  people,
  quoteText,
  randomDate,
  statesOf,
  venueCities,
} from "./corpus.js";

/**
 * `npm run bench:data -- --out FILE --meetings N --quotes M [--people P] [--articles A] [--seed S]`
 *
 * Writes a synthetic but realistic dataset straight into a fresh SQLite file (migrated by the app's own
 * migrations): real city names over decades of dates, states, organisations, people, quotes with real-looking text.
 * Rows go in through raw prepared statements in batched transactions; secondary indexes and the FTS triggers are
 * set aside during the load and rebuilt at the end (one sort per index instead of a million random inserts).
 */
const { values } = parseArgs({
  options: {
    out: { type: "string" },
    meetings: { type: "string", default: "100000" },
    quotes: { type: "string", default: "1000000" },
    people: { type: "string" },
    articles: { type: "string" },
    seed: { type: "string", default: "42" },
  },
});
if (!values.out) {
  console.error(
    "usage: npm run bench:data -- --out FILE [--meetings N] [--quotes M] [--people P] [--articles A]",
  );
  process.exit(2);
}
const file = values.out;
const meetingCount = Number(values.meetings);
const quoteCount = Number(values.quotes);
const peopleCount = Number(values.people ?? Math.max(200, Math.round(meetingCount / 5)));
const articleCount = Number(values.articles ?? Math.min(5000, Math.max(100, Math.round(meetingCount / 20))));
const random = createRandom(Number(values.seed));
const started = performance.now();

for (const suffix of ["", "-wal", "-shm"]) if (existsSync(file + suffix)) rmSync(file + suffix);
const db = openDatabase(file);
runMigrations(db);
const sqlite = db.$client;
// A bulk load of a throwaway file: no fsync, no FK checks (the generator only writes valid references).
sqlite.pragma("synchronous = OFF");
sqlite.pragma("foreign_keys = OFF");
sqlite.pragma("cache_size = -262144");

const bulkTables = [
  "articles",
  "meetings",
  "participants",
  "meeting_participants",
  "quotes",
  "evidence",
  "meeting_reports",
];
const inList = bulkTables.map((t) => `'${t}'`).join(", ");
const setAside = sqlite
  .prepare(
    `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN (${inList})
     AND (type = 'index' OR (type = 'trigger' AND (name LIKE '%_fts_ai' OR name = 'quotes_search_ai'
       OR name LIKE 'participant_meeting_years_%')))`,
  )
  .all() as { type: string; name: string; sql: string }[];
for (const s of setAside) sqlite.exec(`DROP ${s.type === "index" ? "INDEX" : "TRIGGER"} "${s.name}"`);

const batch = 5000;
function inBatches(phase: string, total: number, write: (i: number) => void): void {
  const bar = new cliProgress.SingleBar(
    {
      format: ` ${phase.padEnd(13)} |{bar}| {value}/{total} {duration_formatted}`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  const run = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) write(i);
  });
  for (let from = 0; from < total; from += batch) {
    const to = Math.min(total, from + batch);
    run(from, to);
    bar.update(to);
  }
  bar.stop();
}

const now = new Date().toISOString();
const cities = venueCities();
const states = statesOf(cities);
const persons = people(random, peopleCount, states);

// Participants: states, organisations, people.
const insertParticipant = sqlite.prepare(
  "INSERT OR IGNORE INTO participants (id, name, kind, role, affiliation, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
);
const everyone = [
  ...states.map((name) => ({ name, kind: "state", role: null, affiliation: null })),
  ...organizations.map((name) => ({ name, kind: "organization", role: null, affiliation: null })),
  ...persons.map((p) => ({ name: p.name, kind: "person", role: p.role, affiliation: p.affiliation })),
];
inBatches("participants", everyone.length, (i) => {
  const p = everyone[i] as (typeof everyone)[number];
  insertParticipant.run(participantId(p.name), p.name, p.kind, p.role, p.affiliation, now);
});
const personIds = persons.map((p) => participantId(p.name));

// Articles: FK targets for meetings' evidence and quotes.
const insertArticle = sqlite.prepare(
  `INSERT INTO articles (id, sha256, date, title, text, source, extractor_version, warnings, loaded_at)
   VALUES (?, ?, ?, ?, ?, 'bench-data', 'bench-data', '[]', ?)`,
);
const articleIds: string[] = [];
inBatches("articles", articleCount, (i) => {
  const date = randomDate(random);
  const city = random.pick(cities);
  const headline = `Talks in ${city.city} enter day ${1 + random.int(5)} (${i})`;
  const text = articleBody(random, headline, date);
  const hash = sha256(text);
  const id = articleId(date, hash);
  insertArticle.run(id, hash, date, headline, text, now);
  articleIds.push(id);
});

// Meetings with their participants, evidence and reports.
const insertMeeting = sqlite.prepare(
  `INSERT INTO meetings (id, title, date, end_date, date_certainty, city, country, city_key, country_key, status,
     updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const insertLink = sqlite.prepare(
  "INSERT OR IGNORE INTO meeting_participants (meeting_id, participant_id, role) VALUES (?, ?, ?)",
);
const insertEvidence = sqlite.prepare(
  `INSERT INTO evidence (meeting_id, article_id, start, "end", text, date_text) VALUES (?, ?, ?, ?, ?, ?)`,
);
const insertReport = sqlite.prepare(
  `INSERT INTO meeting_reports (meeting_id, article_id, article_date, status, date, end_date)
   VALUES (?, ?, ?, ?, ?, ?)`,
);
interface MeetingRef {
  id: string;
  date: string;
  article: string;
  attendees: string[];
  names: string[];
}
const meetingRefs: MeetingRef[] = [];
const meetingIds = new Set<string>();
const today = new Date().toISOString().slice(0, 10);
inBatches("meetings", meetingCount, () => {
  let date: string;
  let city: (typeof cities)[number];
  let id: string;
  do {
    date = randomDate(random);
    city = random.pickSkewed(cities);
    id = meetingId(date, city.city);
  } while (meetingIds.has(id));
  meetingIds.add(id);
  const parties = new Set<string>([random.pickSkewed(states), random.pickSkewed(states)]);
  if (random.next() < 0.2) parties.add(random.pick(states));
  const orgs = new Set<string>();
  const orgDraw = random.next();
  if (orgDraw < 0.5) orgs.add(random.pickSkewed(organizations));
  if (orgDraw < 0.1) orgs.add(random.pickSkewed(organizations));
  const attendees = new Set<string>();
  for (let k = 1 + random.int(4); k > 0; k--) attendees.add(random.pick(personIds));
  const title = meetingTitle({ parties: [...parties], organizations: [...orgs], city: city.city });
  const endDate = random.next() < 0.15 ? addDays(date, 1 + random.int(4)) : null;
  const status = date < today ? "held" : "scheduled";
  insertMeeting.run(
    id,
    title,
    date,
    endDate,
    random.next() < 0.7 ? "stated" : "inferred",
    city.city,
    city.country,
    slugify(city.city),
    slugify(city.country),
    status,
    now,
  );
  for (const p of parties) insertLink.run(id, participantId(p), "party");
  for (const o of orgs) insertLink.run(id, participantId(o), "organization");
  for (const a of attendees) insertLink.run(id, a, "attendee");
  const article = random.pick(articleIds);
  const sentence = `${title} took place in ${city.city}, ${city.country}, on ${date}, officials said.`;
  const start = random.int(400);
  insertEvidence.run(
    id,
    article,
    start,
    start + sentence.length,
    sentence,
    random.next() < 0.5 ? "Monday’s" : null,
  );
  insertReport.run(id, article, date, status, date, endDate);
  meetingRefs.push({ id, date, article, attendees: [...attendees], names: [city.city, ...parties, ...orgs] });
});

// Quotes, spread over the meetings, each said by one of the meeting's attendees.
const insertQuote = sqlite.prepare(
  `INSERT OR IGNORE INTO quotes (id, text, speaker_id, meeting_id, article_id, start, "end", date, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
let stored = 0;
inBatches("quotes", quoteCount, (i) => {
  const meeting = meetingRefs[Math.floor((i * meetingRefs.length) / quoteCount)] as MeetingRef;
  const speaker = random.next() < 0.9 ? random.pick(meeting.attendees) : null;
  for (;;) {
    const text = quoteText(random, meeting.names);
    const start = random.int(2000);
    const r = insertQuote.run(
      quoteId(speaker, text),
      text,
      speaker,
      meeting.id,
      meeting.article,
      start,
      start + text.length,
      meeting.date,
      now,
    );
    if (r.changes > 0) break;
  }
  stored++;
});

const rebuildStarted = performance.now();
process.stdout.write(
  `rebuilding ${setAside.filter((s) => s.type === "index").length} indexes and 5 FTS indexes…`,
);
for (const s of setAside) sqlite.exec(s.sql);
for (const fts of ["articles_fts", "meetings_fts", "evidence_fts", "participants_fts"]) {
  sqlite.exec(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
}
sqlite.exec(rebuildQuoteSearchSql);
// Its triggers count a participant's year again per link, which without the participant index is a scan each.
sqlite.exec(rebuildParticipantMeetingYearsSql);
// One b-tree per index instead of the many segments a bulk insert leaves: a common term's count reads half as much.
for (const fts of ["articles_fts", "meetings_fts", "evidence_fts", "participants_fts", "quotes_search"]) {
  sqlite.exec(`INSERT INTO ${fts}(${fts}) VALUES ('optimize')`);
}
sqlite
  .prepare(
    `INSERT INTO meta (key, value) VALUES ('data_version', '1'), ('last_load_at', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  )
  .run(now);
sqlite.exec("ANALYZE");
console.log(` ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);
sqlite.pragma("foreign_keys = ON");
const violations = sqlite.pragma("foreign_key_check") as unknown[];
if (violations.length > 0) throw new Error(`${violations.length} foreign key violations`);
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.close();
console.log(
  `${file}: ${meetingRefs.length} meetings, ${stored} quotes, ${everyone.length} participants, ${articleIds.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
