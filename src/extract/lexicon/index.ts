import derivedDemonyms from "./demonyms.json" with { type: "json" };
import meetingWords from "./meeting-words.json" with { type: "json" };
import nameWords from "./name-words.json" with { type: "json" };
import organizations from "./organizations.json" with { type: "json" };
import places from "./places.json" with { type: "json" };
import reportingVerbs from "./reporting-verbs.json" with { type: "json" };
import roles from "./roles.json" with { type: "json" };
import tenseCues from "./tense-cues.json" with { type: "json" };
import unnamedSources from "./unnamed-sources.json" with { type: "json" };

/** Words that end a person name run: institutions ("Council"), places ("Dam"), openers and honorifics ("Sheikh"). */
export const NAME_WORDS: {
  institutionWords: string[];
  stopWords: string[];
  portfolioWords: string[];
  religiousHonorifics: string[];
  courtesyHonorifics: string[];
  honorificStates: Record<string, string>;
} = nameWords;

/** Escapes a literal for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Alternation of literals, longest first, so the longest alias wins. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

/** "Sheikh", "Haji", "Maulvi": honorifics before a name, part of neither the name, the title nor the side. */
export const RELIGIOUS_HONORIFICS = alternation(nameWords.religiousHonorifics);

/** "Datuk Seri", "Tan Sri", "Tun": courtesy titles between a person's office and name (Malaysia, Brunei). */
export const COURTESY_HONORIFICS = alternation(nameWords.courtesyHonorifics);

export const ROLE_TITLES: string[] = roles.titles;
/** Every word of a role title, lower-cased ("deputy", "foreign", "minister"). */
export const ROLE_WORDS = new Set(ROLE_TITLES.flatMap((t) => t.toLowerCase().split(/[\s-]+/)));
export const COUNTERPART_WORDS: string[] = roles.counterpart;
/** "Lt. Gen." → Lieutenant General: a military rank's short form, keyed lower-cased without dots or hyphens. */
export const RANK_ABBREVIATIONS: Record<string, string> = roles.rankAbbreviations;
/** "Secretary of State" → United States: offices only one state or body has. */
export const SINGLE_STATE_TITLES = new Map(
  Object.entries(roles.singleStateTitles).filter(([title]) => !title.startsWith("_")),
);
export const MEETING_NOUNS = new Set(meetingWords.nouns);
export const MEETING_VERBS = new Set(meetingWords.verbs);
export const NOT_MEETING_BEFORE = new Set(meetingWords.notMeetingBefore);
/** Events that are not talks ("an attack", "a statement"): a date attached to one does not date a meeting. */
export const OTHER_EVENTS = new Set(meetingWords.otherEvents);
export const REPORTING_VERBS = new Set(reportingVerbs.verbs);
export const FUTURE_CUES = new Set(tenseCues.future);
/** Past verbs whose infinitive looks ahead: "agreed to meet again on the 16th". */
export const INTENT_VERBS = new Set(tenseCues.intent);
export const PAST_CUES = new Set(tenseCues.past);
export const UNNAMED_NOUNS = new Set(unnamedSources.nouns);
export const UNNAMED_DETERMINERS = new Set(unnamedSources.determiners);
export const ANONYMITY_MARKERS: string[] = unnamedSources.anonymityMarkers;
// The hand-kept list wins over the adjectives derived from world-countries (`npm run data:demonyms`).
export const DEMONYMS: Record<string, string> = { ...derivedDemonyms, ...places.demonyms };
export const COUNTRY_ALIASES: Record<string, string> = places.countryAliases;
/** The name a reader expects for a gazetteer country ("Congo (Kinshasa)" → "Democratic Republic of the Congo"). */
const DISPLAY_NAMES: Record<string, string> = places.displayNames;
/** Seats of government named instead of their city ("at the White House" → Washington). */
export const LANDMARKS: Record<string, string> = Object.fromEntries(Object.entries(places.landmarks.names));
/** States whose name as a venue ("talks in Kuwait") stands for their capital. */
export const CAPITAL_NAMED_STATES = new Set(places.capitalNamedStates.names);
export const displayCountry = (name: string): string => DISPLAY_NAMES[name] ?? name;

export interface OrganizationEntry {
  name: string;
  aliases: string[];
}
export const ORGANIZATIONS: OrganizationEntry[] = organizations.organizations;
/** The canonical names of the organisations ("United Nations", "African Union"). */
export const ORGANIZATION_NAMES: ReadonlySet<string> = new Set(ORGANIZATIONS.map((o) => o.name));
export const NATIONAL_BODIES: { alias: string; country: string }[] = organizations.nationalBodies;

/** Country → its adjective ("Ethiopia" → "Ethiopian"), the first demonym listed. */
export const COUNTRY_ADJECTIVE: Map<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [adjective, country] of Object.entries(DEMONYMS)) {
    if (!out.has(country) && adjective !== country && !/^[A-Z]{2,}$/.test(adjective))
      out.set(country, adjective);
  }
  return out;
})();

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Meeting nouns that count only after a qualifier: a "state visit" is a meeting, a "visit to the front" is not. */
// "to visit Ukrainian President X": officers whose visit is a meeting with them (not "visit the site").
export const VISITED_OFFICERS = new Set(meetingWords.visitedOfficers);
export const QUALIFIED_MEETING_NOUNS: Record<string, string[]> = meetingWords.qualifiedNouns;
/** Verbs whose date is the day of a report, not of a meeting: "the ministry said on Thursday". */
export const REPORTING_DATE_VERBS = new Set(meetingWords.reportingDateVerbs);
/** Travel verbs: "arrived in Cairo on May 4" dates an arrival unless it is "for talks". */
export const ARRIVAL_VERBS = new Set(meetingWords.arrivalVerbs);
/** Verbs that introduce what someone said or thought, beyond the reporting verbs: "described … as", "voiced the hope". */
export const SPEECH_VERBS = new Set([...reportingVerbs.verbs, ...reportingVerbs.speechVerbs]);
