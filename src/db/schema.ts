import { sql } from "drizzle-orm";
import {
  type IndexColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
} from "drizzle-orm/sqlite-core";

/**
 * Which extraction rule produced a record and that rule's measured precision (0..1). NULL for records no rule
 * produced (entered by hand, stored before rules were recorded): filters count them as certain.
 */
const provenance = () => ({ rule: text("rule"), confidence: real("confidence") });

/** Articles as loaded: the text is kept verbatim so every offset in the database points into it. */
export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    sha256: text("sha256").notNull().unique(),
    date: text("date").notNull(),
    title: text("title").notNull(),
    text: text("text").notNull(),
    source: text("source"),
    extractorVersion: text("extractor_version").notNull(),
    warnings: text("warnings", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    loadedAt: text("loaded_at").notNull(),
  },
  (t) => [index("articles_date_idx").on(t.date, t.id)],
);

type ListRowColumn =
  | "date"
  | "id"
  | "endDate"
  | "title"
  | "dateCertainty"
  | "city"
  | "country"
  | "status"
  | "rule"
  | "confidence"
  | "organizationNames"
  | "partyNames"
  | "sourceCount";

/**
 * A meeting list row's columns (meetingColumns in queries/meetings.ts), its sort key (date, id) first: the tail of
 * each index a list page is read from without visiting the table.
 */
const listRowColumns = (t: Record<ListRowColumn, IndexColumn>): [IndexColumn, ...IndexColumn[]] => [
  t.date,
  t.id,
  t.endDate,
  t.title,
  t.dateCertainty,
  t.city,
  t.country,
  t.status,
  t.rule,
  t.confidence,
  t.organizationNames,
  t.partyNames,
  t.sourceCount,
];

export const meetings = sqliteTable(
  "meetings",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    date: text("date").notNull(),
    endDate: text("end_date"),
    dateCertainty: text("date_certainty", { enum: ["stated", "inferred"] }).notNull(),
    city: text("city").notNull(),
    country: text("country").notNull(),
    // Case- and accent-folded copies, so filters match "geneve" to "Genève" through an index.
    cityKey: text("city_key").notNull(),
    countryKey: text("country_key").notNull(),
    status: text("status", { enum: ["held", "scheduled", "postponed", "cancelled"] }).notNull(),
    // The most confident report's: recomputed from meeting_reports when reports merge or go.
    ...provenance(),
    updatedAt: text("updated_at").notNull().default(""),
    // Derived, kept by triggers (migration 0011) from meeting_participants and meeting_reports: a listed meeting is
    // one row read instead of three correlated subqueries (names as JSON arrays, ordered by name).
    organizationNames: text("organization_names").notNull().default("[]"),
    partyNames: text("party_names").notNull().default("[]"),
    sourceCount: integer("source_count").notNull().default(0),
    // Derived, kept by triggers on evidence (migration 0016): the distinct articles a meeting's sentences come from,
    // as a JSON array ordered by id. A calendar's events link them; carried in the venue indexes below, a city's or
    // country's calendar reads them with its rows instead of probing evidence once per event.
    sourceArticles: text("source_articles").notNull().default("[]"),
  },
  (t) => [
    // With the span's end: a date window is counted from the index alone. With every column of a list row too
    // (meetingColumns in queries/meetings.ts): a date window's page is read off a few adjacent index pages, where
    // its rows, stored in the order they were written, lay one per table page (50 b-tree lookups for a page of 50).
    index("meetings_date_idx").on(...listRowColumns(t)),
    index("meetings_updated_idx").on(t.updatedAt),
    // With the id, a venue's page comes out in its sort order (date, id): no sort of all its meetings from `from`;
    // with the span's end, a venue's total from a date is counted from the index alone; with every other column
    // of a list row, as the date index, the page is read off adjacent index pages instead of one table page per
    // meeting (at 100k meetings: a city's page of 20 in 48–60 µs instead of 110–140, a country's calendar page of
    // 100 in 320–335 µs instead of 520–720).
    index("meetings_city_idx").on(t.cityKey, ...listRowColumns(t), t.sourceArticles),
    index("meetings_country_idx").on(t.countryKey, ...listRowColumns(t), t.sourceArticles),
    // `?from=` compares the end of a meeting's span (the same expression as in meeting-filters.ts: no comma, which
    // drizzle-kit would split); `?status=` alone, and both counted without reading rows.
    index("meetings_span_end_idx").on(
      sql`(CASE WHEN ${t.endDate} IS NULL THEN ${t.date} ELSE ${t.endDate} END)`,
    ),
    index("meetings_status_idx").on(t.status, t.date, t.id),
    // The longest meeting's length in days, one probe: it turns `?from=` into a range of start dates.
    index("meetings_span_days_idx")
      .on(sql`(julianday(${t.endDate}) - julianday(${t.date}))`)
      .where(sql`${t.endDate} IS NOT NULL`),
  ],
);

export const participants = sqliteTable(
  "participants",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["person", "state", "organization"] }).notNull(),
    role: text("role"),
    affiliation: text("affiliation"),
    // People only: parties and organisations come from no rule of their own.
    ...provenance(),
    updatedAt: text("updated_at").notNull().default(""),
  },
  (t) => [
    index("participants_name_idx").on(t.name, t.id),
    index("participants_updated_idx").on(t.updatedAt),
    // `?kind=` and `?affiliation=` (compared ignoring case), in name order.
    index("participants_kind_idx").on(t.kind, t.name, t.id),
    index("participants_affiliation_idx").on(sql`${t.affiliation} COLLATE NOCASE`, t.name, t.id),
  ],
);

/** Who took part in a meeting, and as what: a negotiating party, a convening organisation, or a named attendee. */
export const meetingParticipants = sqliteTable(
  "meeting_participants",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    participantId: text("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["party", "organization", "attendee"] }).notNull(),
    // Derived, kept by triggers (migration 0015): the meeting's date, so a participant's meetings come out of
    // their index entries in date order instead of looking every one of them up and sorting.
    meetingDate: text("meeting_date"),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.participantId, t.role] }),
    // A participant's meetings by date, with every role they had in each (adjacent entries).
    index("meeting_participants_participant_date_idx").on(
      t.participantId,
      t.meetingDate,
      t.meetingId,
      t.role,
    ),
    // Covers `?organization=`: the organisation's meetings without reading table rows.
    index("meeting_participants_participant_role_idx").on(t.participantId, t.role, t.meetingId),
  ],
);

/**
 * Derived, kept by triggers on meeting_participants (migration 0017): how many distinct meetings each participant
 * has per year (of the link's `meeting_date`), so a state's total from a date counts the entries of that date's
 * year and adds the later years', where it counted up to 10,000 index entries (0.15–2 ms for a state).
 */
export const participantMeetingYears = sqliteTable(
  "participant_meeting_years",
  {
    participantId: text("participant_id").notNull(),
    year: text("year").notNull(),
    meetings: integer("meetings").notNull(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.year] })],
);

export const quotes = sqliteTable(
  "quotes",
  {
    id: text("id").primaryKey(),
    text: text("text").notNull(),
    speakerId: text("speaker_id").references(() => participants.id, { onDelete: "set null" }),
    meetingId: text("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    date: text("date").notNull(),
    ...provenance(),
    updatedAt: text("updated_at").notNull().default(""),
  },
  (t) => [
    index("quotes_date_idx").on(t.date, t.id),
    index("quotes_updated_idx").on(t.updatedAt),
    index("quotes_speaker_idx").on(t.speakerId, t.date),
    index("quotes_meeting_idx").on(t.meetingId, t.date),
    // An article's quote spans (`/articles/:id`).
    index("quotes_article_idx").on(t.articleId, t.start),
  ],
);

/** The sentences of an article that support a meeting: the meeting's sources. */
export const evidence = sqliteTable(
  "evidence",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
    dateText: text("date_text"),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.articleId, t.start] }),
    index("evidence_article_idx").on(t.articleId),
  ],
);

/** Editorial corrections, kept apart from extracted facts so re-extraction never erases them. */
export const corrections = sqliteTable(
  "corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entity: text("entity", { enum: ["meeting", "participant", "quote"] }).notNull(),
    entityId: text("entity_id").notNull(),
    field: text("field").notNull(),
    // A list for the links of a meeting (`parties`, `organizations`: the names, in order).
    value: text("value", { mode: "json" }).$type<string | number | boolean | null | string[]>().notNull(),
    note: text("note").notNull(),
    source: text("source").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("corrections_entity_idx").on(t.entity, t.entityId)],
);

/** Dataset-wide values: `data_version` (bumped by every write, for ETags and /meta) and `last_load_at`. */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** What each article says of a meeting: merged facts (status) are recomputed from the reports that remain. */
export const meetingReports = sqliteTable(
  "meeting_reports",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    articleDate: text("article_date").notNull(),
    status: text("status", { enum: ["held", "scheduled", "postponed", "cancelled"] }).notNull(),
    date: text("date").notNull(),
    endDate: text("end_date"),
    // The venue as this article names it: reports joined by an editor's merge may disagree. NULL before 0008.
    city: text("city"),
    ...provenance(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.articleId] }),
    index("meeting_reports_article_idx").on(t.articleId),
  ],
);

/** Which article supports each meeting–participant link, so deleting an article removes only what it alone said. */
export const linkSources = sqliteTable(
  "link_sources",
  {
    meetingId: text("meeting_id").notNull(),
    participantId: text("participant_id").notNull(),
    role: text("role", { enum: ["party", "organization", "attendee"] }).notNull(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.participantId, t.role, t.articleId] }),
    index("link_sources_article_idx").on(t.articleId),
  ],
);

/** Which articles name a participant. */
export const participantSources = sqliteTable(
  "participant_sources",
  {
    participantId: text("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.participantId, t.articleId] }),
    index("participant_sources_article_idx").on(t.articleId),
  ],
);

/** Every article that reports a quote (the same words by the same speaker), with where it stands in each. */
export const quoteSources = sqliteTable(
  "quote_sources",
  {
    quoteId: text("quote_id").notNull(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    meetingId: text("meeting_id"),
  },
  (t) => [
    primaryKey({ columns: [t.quoteId, t.articleId, t.start] }),
    index("quote_sources_article_idx").on(t.articleId),
  ],
);

/** The change feed: one row per created, updated, merged or deleted record, numbered by data version. */
export const changes = sqliteTable(
  "changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    version: integer("version").notNull(),
    entity: text("entity", { enum: ["article", "meeting", "participant", "quote"] }).notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action", { enum: ["created", "updated", "merged", "withdrawn", "deleted"] }).notNull(),
    replacedBy: text("replaced_by"),
    at: text("at").notNull(),
  },
  (t) => [
    index("changes_version_idx").on(t.version, t.id),
    index("changes_entity_idx").on(t.entity, t.entityId),
  ],
);

/**
 * An editor's withdrawal or merge of a meeting. The meeting row itself goes (so lists never have to filter it
 * out); this row keeps its place and days, so a report of it posted again is dropped (withdrawn) or joins the
 * survivor (merged) instead of re-creating it.
 */
export const meetingActs = sqliteTable(
  "meeting_acts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    action: text("action", { enum: ["withdrawn", "merged"] }).notNull(),
    meetingId: text("meeting_id").notNull(),
    // For `merged`: the meeting that absorbed this one, and its venue (a report posted again that re-creates the
    // survivor gives it the survivor's venue, not its own).
    intoId: text("into_id"),
    intoCity: text("into_city"),
    intoCountry: text("into_country"),
    cityKey: text("city_key").notNull(),
    date: text("date").notNull(),
    endDate: text("end_date"),
    note: text("note").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("meeting_acts_place_idx").on(t.cityKey, t.date),
    index("meeting_acts_meeting_idx").on(t.meetingId),
  ],
);
