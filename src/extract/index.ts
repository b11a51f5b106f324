import { attributeQuotes } from "./attribution/speakers.js";
import { confidenceOf } from "./confidence.js";
import { findPeople } from "./coreference/people.js";
import { assembleMeetings, meetingOrganizations } from "./events/meetings.js";
import { blankQuotations } from "./events/quoted-meetings.js";
import { displayCountry, SINGLE_STATE_TITLES } from "./lexicon/index.js";
import { findDates } from "./mentions/dates.js";
import { findCountries, findDefinedGroups, findOrganizations } from "./mentions/organizations.js";
import {
  allCountryNames,
  countryOf,
  datelinePlace,
  findCountryVenues,
  findPlaces,
  fullHeadlinePlaces,
} from "./mentions/places.js";
import { inheritDelegationStates } from "./parties/delegation-members.js";
import {
  GOVERNMENT_OFFICE,
  homeState,
  inheritDominantState,
  inheritOtherSide,
  sideName,
} from "./parties/home-state.js";
import { inheritHonorificStates } from "./parties/honorific-states.js";
import { inheritHostStates } from "./parties/host-state.js";
import { dropOfficeAffiliations, inheritListedStates } from "./parties/listed-officials.js";
import { meetingParties, undatedRegions } from "./parties/meeting-context.js";
import { linkQuotes } from "./parties/quote-links.js";
import { pairRespectiveTitles } from "./parties/respective-titles.js";
import { profilePerson, stateWithTitle } from "./parties/roles.js";
import { findQuotes } from "./quotations/quotes.js";
import { readDocument } from "./structure/document.js";
import type { ExtractedPerson, Extraction } from "./types.js";

export { type ProjectedExtraction, projectExtraction } from "./project.js";
export * from "./types.js";

export { EXTRACTOR_VERSION } from "./version.js";

/** Turns one plain-text article into meetings, people and quotes (pure; throws ArticleFormatError on non-articles). */
export function extractArticle(text: string): Extraction {
  const doc = readDocument(text);
  const body = doc.header.bodyStart;
  const countryNames = allCountryNames();
  const entities = [
    ...findOrganizations(doc.work, body),
    ...findCountries(doc.work, body, countryNames),
  ].sort((a, b) => a.start - b.start);
  const groups = findDefinedGroups(doc.work, body);
  const records = findPeople(doc);
  const places = findPlaces(
    doc.work,
    body,
    records.flatMap((p) => p.mentions),
  );
  const dates = findDates(doc);
  const dateline = datelinePlace(doc);
  const { quotes: rawQuotes, warnings: quoteWarnings } = findQuotes(doc);
  const countryVenues = findCountryVenues(
    doc.work,
    entities.filter((e) => e.kind === "country"),
  );
  const quotations = rawQuotes.map((q) => q.outer);
  // The text with quotations blanked, read by the event stage and the host-state rule alike.
  const narrative = blankQuotations(doc.work, quotations);
  const drafts = assembleMeetings(doc, {
    dates,
    places,
    quotations,
    narrative,
    countryVenues,
    datelinePlace: dateline,
    headlinePlaces: fullHeadlinePlaces(findPlaces(doc.work.slice(0, body), 0, []), places),
    headlineCountries: findCountryVenues(doc.work, findCountries(doc.work.slice(0, body), 0, countryNames)),
  });

  const profiles = records.map((p) => profilePerson(doc, p, { entities, groups }, records));
  dropOfficeAffiliations(profiles);
  pairRespectiveTitles(doc.work, records, profiles);
  profiles.forEach((profile) => {
    // "his Azerbaijani counterpart": the role of the person he is the counterpart of.
    const other = profile.counterpartOf ? profiles[records.indexOf(profile.counterpartOf)] : undefined;
    if (other && !profile.role) profile.role = other.role;
  });
  // "Trump's National Security Adviser John Bolton": the office is of the state its holder's principal speaks for.
  profiles.forEach((profile) => {
    const principal = profile.servesUnder ? profiles[records.indexOf(profile.servesUnder)] : undefined;
    if (principal?.affiliation && !profile.affiliation && !principal.servesUnder)
      profile.affiliation = principal.affiliation;
  });

  // "Prime Minister Imran Khan" with no state, where the article speaks of "Pakistan's prime minister": the one state
  // the article gives that title to.
  const stateOfTitle = new Map<string, string | null>();
  const office = (role: string | null) => role?.replace(/^Former\s+/, "");
  // The holders the people's own titles name, before this rule adds any.
  // (A former holder is no holder: "President Boric" and "former President Piñera" are both Chile's.)
  const stated = profiles.map((p) => ({ role: p.role, affiliation: p.affiliation }));
  profiles.forEach((profile) => {
    if (profile.affiliation || !profile.role) return;
    if (!stateOfTitle.has(profile.role))
      stateOfTitle.set(profile.role, stateWithTitle(doc.work.slice(body), profile.role));
    const state = stateOfTitle.get(profile.role);
    // ("Portuguese President Marcelo Rebelo de Sousa" … "President Ram Nath Kovind": the state's holder of the title
    // is someone the article names, so this one is another state's.)
    const held = stated.some((other) => other.affiliation === state && other.role === profile.role);
    profile.affiliation =
      (held ? null : state) ?? SINGLE_STATE_TITLES.get(office(profile.role) ?? "") ?? null;
  });

  inheritDelegationStates(doc, records, profiles);
  inheritHonorificStates(doc, records, profiles);

  // "ISLAMABAD: … Prime Minister Imran Khan": an office of government with no state, in a report from a capital.
  // (Not in a report of an international body's meeting that never names the state: "BRUSSELS —" over North
  // Macedonia's leaders at a summit with the EU is the venue of their meeting, not their home.)
  const named = (kind: string, name?: string) =>
    entities.some(
      (e) =>
        e.kind === kind &&
        (name === undefined || e.name === name) &&
        !(doc.dateline && e.start < doc.dateline.end),
    );
  const home =
    [homeState(dateline)].find(
      (state) => state !== null && (named("country", state) || !named("organization")),
    ) ?? null;
  // (The holders the article names before this rule adds any.)
  const before = profiles.map((p) => ({ role: p.role, affiliation: p.affiliation }));
  if (home)
    profiles.forEach((profile, i) => {
      // ("Foreign Secretary A and his Bangladeshi counterpart B" from DHAKA: A is the visitor, not the host.)
      const hostsCounterpart = records[i]?.mentions.some((m) => {
        const next = /^,?\s+and\s+(?:his|her|their)\s+(\p{Lu}[\p{L}-]+)\s+counterparts?\b/u.exec(
          doc.work.slice(m.end, m.end + 60),
        );
        return next?.[1] !== undefined && countryOf(next[1]) === home;
      });
      // (Not an office whose holder for that state the article already names: "ROME — … Prime Minister Giuseppe
      // Conte … Premier Fayez al-Sarraj".)
      const held = before.some((other) => other.affiliation === home && other.role === profile.role);
      if (
        !profile.affiliation &&
        profile.role &&
        GOVERNMENT_OFFICE.test(profile.role) &&
        !hostsCounterpart &&
        !held
      )
        profile.affiliation = home;
    });

  inheritHostStates(doc, records, profiles, places, countryVenues, narrative);
  inheritListedStates(doc.work, records, profiles);
  inheritDominantState(entities, profiles);
  inheritOtherSide(entities, profiles);

  const attributions = attributeQuotes(doc, rawQuotes, records);
  const speakers = attributions.map((a) => a.speaker);

  const headline = doc.text.slice(0, body);
  const headlineSides = [
    ...findOrganizations(headline, 0).filter(
      (e) => !/^-(?:convened|led|brokered|mediated|hosted)/.test(headline.slice(e.end)),
    ),
    ...findCountries(headline, 0, countryNames),
  ]
    .sort((a, b) => a.start - b.start)
    .map((e) => e.name);
  const affiliationNear = (offset: number): string | null => {
    let best: { at: number; index: number } | null = null;
    records.forEach((p, index) => {
      for (const m of p.mentions)
        if (m.end <= offset && offset - m.end < 80 && (!best || m.start > best.at))
          best = { at: m.start, index };
    });
    return best ? (profiles[(best as { index: number }).index]?.affiliation ?? null) : null;
  };

  const countries = new Set(entities.filter((e) => e.kind === "country").map((e) => e.name));
  const affiliationsIn = (span: { start: number; end: number }): string[] =>
    records
      .map((p, index) => ({
        p,
        index,
        at: p.mentions.find((s) => s.start >= span.start && s.end <= span.end),
      }))
      .filter((x) => x.at)
      .sort((a, b) => (a.at?.start ?? 0) - (b.at?.start ?? 0))
      .map((x) => profiles[x.index]?.affiliation ?? "")
      .filter((a) => countries.has(a));
  const meetings = drafts.map((m, i) => {
    const people = records.filter((p) =>
      p.mentions.some((s) => m.regions.some((r) => s.start >= r.start && s.end <= r.end)),
    );
    const personOrgs = people
      .map((p) => profiles[records.indexOf(p)]?.affiliation)
      .filter((a): a is string => !!a && entities.some((e) => e.kind === "organization" && e.name === a));
    const organizations = [
      ...new Set([
        ...meetingOrganizations(m, entities, undatedRegions(doc, drafts, places, i)),
        ...personOrgs,
      ]),
    ];
    return {
      date: m.date,
      endDate: m.endDate,
      city: m.city,
      country: displayCountry(m.country),
      status: m.status,
      organizations,
      parties: [
        ...new Set(
          meetingParties(doc, m, {
            entities,
            personAffiliation: affiliationNear,
            affiliationsIn,
            headlineSides,
          }).map(displayCountry),
        ),
      ],
      evidence: m.evidence.sort((a, b) => a.start - b.start),
      datePrecision: m.datePrecision,
      dateCertainty: m.dateCertainty,
      dateText: m.dateText,
      rule: `meeting:venue-${m.rule}`,
      confidence: confidenceOf(`meeting:venue-${m.rule}`),
    };
  });

  const links = linkQuotes({ doc, quotes: rawQuotes, attributions, meetings, dates, places });

  const people: ExtractedPerson[] = records.map((p, i) => ({
    name: p.name,
    role: profiles[i]?.role ?? null,
    affiliation: profiles[i]?.affiliation
      ? sideName(doc.work, displayCountry(profiles[i]?.affiliation ?? ""))
      : null,
    mentions: p.mentions,
    meetingIndexes: [
      ...new Set(
        rawQuotes.flatMap((_, k) =>
          speakers[k] === p && links[k] !== null && links[k] !== undefined ? [links[k]] : [],
        ),
      ),
    ].sort(),
    rule: `person:${p.rule}`,
    confidence: confidenceOf(`person:${p.rule}`),
  }));

  const quotes = rawQuotes.map((q, i) => ({
    text: q.text,
    speaker: speakers[i]?.name ?? null,
    meetingIndex: links[i] ?? null,
    start: q.start,
    end: q.end,
    rule: `quote:${attributions[i]?.kind ?? "carried"}`,
    confidence: confidenceOf(`quote:${attributions[i]?.kind ?? "carried"}`),
  }));

  return {
    article: { date: doc.header.date, title: doc.header.title },
    meetings,
    people,
    quotes,
    warnings: [...doc.warnings, ...quoteWarnings],
  };
}
