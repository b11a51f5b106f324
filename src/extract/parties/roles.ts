import type { PersonRecord } from "../coreference/people.js";
import { DEMONYMS, RELIGIOUS_HONORIFICS, ROLE_WORDS } from "../lexicon/index.js";
import type { EntityMention } from "../mentions/organizations.js";
import { countryOf, lookupCity } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import type { Span } from "../types.js";
import { affiliationOfSubject, sideOrNull } from "./sides.js";
import {
  COUNTERPART_RE,
  coordinatedTitle,
  headTitle,
  introducingPhraseStart,
  portfolio,
  TITLE_RE,
} from "./titles.js";

// ("the President of the European Council, Mr Charles Michel", "the Minister for Commerce, Haji X": the honorific
// between title and name is the name's.)
const HONORIFIC_BEFORE = new RegExp(`\\b(?:Mr|Mrs|Ms|Dr|${RELIGIOUS_HONORIFICS})\\.?\\s+$`);

export interface PersonProfile {
  role: string | null;
  affiliation: string | null;
  /** The role came from "his … counterpart" and must be copied from the other person. */
  counterpartOf: PersonRecord | null;
  /** "Trump's national security adviser": whose office the person holds, for the affiliation when none is stated. */
  servesUnder?: PersonRecord | null;
}

const LED_BY =
  /^(.*?)\s+(?:was|were|is|are|had been|has been)\s+(?:led|headed|represented|chaired|fronted)\s+by\b/i;
export interface AffiliationContext {
  entities: EntityMention[];
  groups: Map<string, string>;
}

/**
 * Role and affiliation from the words that introduce the person's mentions: the first mention that states each wins
 * ("Pashinyan" first, "Armenian Prime Minister Nikol Pashinyan" later). "former"/"then-" make the role "Former …".
 */
export function profilePerson(
  doc: ArticleDocument,
  person: PersonRecord,
  ctx: AffiliationContext,
  all: PersonRecord[],
): PersonProfile {
  const first = profileAt(doc, person, person.first, ctx, all);
  if (first.counterpartOf || (first.role && first.affiliation)) return first;
  const profile = { ...first };
  for (const mention of person.mentions) {
    if (mention.start <= person.first.start) continue;
    const other = profileAt(doc, person, mention, ctx, all);
    if (other.counterpartOf) continue;
    profile.servesUnder ??= other.servesUnder;
    // A later title only fills what the first mention left open, and only with its own affiliation when the role agrees.
    if (!profile.role && other.role) profile.role = other.role;
    if (!profile.affiliation && other.affiliation && (!first.role || other.role === first.role))
      profile.affiliation = other.affiliation;
    if (profile.role && profile.affiliation) break;
  }
  return profile;
}

// Capitalised words that open a sentence or phrase but name no group: "According to …", "Former …".
const NOT_A_GROUP =
  /^(?:Late|Early|Ayatollah|Mr|Mrs|Ms|Dr|According|After|Before|When|While|Meanwhile|However|But|And|Also|In|On|At|For|With|As|Then|Former|Top|Senior|Acting|Interim|Both|Two|Three|Each|Speaking|Asked|Earlier|Later|Last|Next|This|That|These|Those|His|Her|Their|Its|Our|New|Under|Since|During|He|She|It|They|We|I|Today|Tomorrow|Yesterday|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Role and affiliation from the words that introduce one mention of the person. */
function profileAt(
  doc: ArticleDocument,
  person: PersonRecord,
  at: Span,
  ctx: AffiliationContext,
  all: PersonRecord[],
): PersonProfile {
  const { work } = doc;
  const sentence = sentenceAt(doc.sentences, at.start);
  // ("NUR-SULTAN. KAZINFORM Foreign Minister X": a dateline is no part of the phrase introducing a name.)
  const datelineEnd = doc.dateline && doc.dateline.end <= at.start ? doc.dateline.end : 0;
  const sentenceStart = Math.max(sentence?.start ?? Math.max(0, at.start - 150), datelineEnd);
  const honorific = HONORIFIC_BEFORE.exec(work.slice(sentenceStart, at.start))?.[0].length ?? 0;
  const before = work.slice(sentenceStart, at.start - honorific);
  let phraseStart = sentenceStart + introducingPhraseStart(before);
  // "Prime Minister of St Kitts and Nevis Dr Timothy Harris": a state's name with "and" in it is one word of the phrase.
  const straddled = ctx.entities.find((e) => e.start < phraseStart && e.end > phraseStart);
  if (straddled)
    phraseStart = sentenceStart + introducingPhraseStart(work.slice(sentenceStart, straddled.start));
  const phrase = work.slice(phraseStart, at.start - honorific);
  let role = headTitle(phrase);
  // "former Latvian Prime Minister", "then-President": the word may sit just before the phrase.
  const lead = work.slice(Math.max(sentenceStart, phraseStart - 12), at.start);
  // ("when then president Donald Trump withdrew": "then" before a title, with or without the hyphen.)
  if (role && /\b(?:former|then-|ex-)|\bthen\s+(?=\S+\s)/i.test(lead) && !/^Former\b/.test(role))
    role = `Former ${role}`;
  // "Presidents Joe Biden and Vladimir Putin": the second name takes the plural title the first one follows.
  role ??= coordinatedTitle(before);
  let counterpartOf: PersonRecord | null = null;
  if (COUNTERPART_RE.test(phrase)) {
    counterpartOf = all.filter((p) => p !== person && p.first.start < at.start).pop() ?? null;
    role = null;
  }
  // "President Emmanuel Macron of France": the country right after the name.
  // ("President Nursultan Nazarbayev of the Republic of Kazakhstan": a state's formal name.)
  const ofCountry =
    /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){0,3}(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]+)/u.exec(
      work.slice(at.end, at.end + 60),
    )?.[1];
  const ofAffiliation = ofCountry ? countryOf(ofCountry) : null;
  if (!role && !counterpartOf) {
    // A title after the name: "Khalid al-Mishri, head of the High Council of State, said".
    // ("X, the U.S. special envoy to the Middle East, …": an abbreviation's dots do not end the phrase; a semicolon
    // does, as in a list of officials.)
    const post = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;“”]{2,80})(?:,|;|\.(?!\p{L}))/u.exec(
      work.slice(at.end, at.end + 90).replace(/\b(?:\p{Lu}\.){2,}/gu, (abbr) => abbr.replace(/\./g, "·")),
    );
    // ("X, who heads the Ethiopian negotiating team," / "who led the delegation": the head of it.)
    const postPhrase = post?.[1]?.replace(/^who\s+(?:heads|headed|leads|led)\s+/i, "head of ");
    const postTitle = postPhrase ? headTitle(postPhrase) : null;
    if (post?.[1] && postTitle) {
      role = postTitle;
      const from = at.end;
      const inPost = ctx.entities.find((e) => e.start >= from && e.end <= from + post[0].length);
      const owner =
        /\b(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}’'-]*)*)/u.exec(
          post[1],
        )?.[1];
      // ("Minister of Foreign Affairs and International Cooperation": a ministry's field is no side.)
      const field =
        owner !== undefined &&
        /^(?:Foreign|Defen[cs]e|Interior|Home|Economy|Economic|Trade|Finance|Justice|International)\b/.test(
          owner,
        );
      const stated = inPost?.name ?? (field || portfolio(owner) ? undefined : owner?.replace(/[’']s$/, ""));
      if (stated && sideOrNull(role, stated)) return { role, affiliation: stated, counterpartOf };
    }
  }
  const phraseEntities = ctx.entities.filter((e) => e.start >= phraseStart && e.end <= at.start);
  // ("Presidents Ismael Omar Guelleh (Djibouti), Faustin Touadera (Central African Republic) …", "Igor Popov (Russia),
  // Stephane Visconti (France)": a state in brackets right after the name is whose the person is, before any other.)
  const bracketed = /^\s*\((?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\)/u.exec(
    work.slice(at.end, at.end + 50),
  )?.[1];
  const bracketState = bracketed ? countryOf(bracketed) : null;
  let affiliation = bracketState ?? phraseEntities[0]?.name ?? ofAffiliation ?? null;
  // ("Iran's foreign ministry spokesman X", "Serbia's populist President X", "UN deputy spokesman X", "Seoul's
  // foreign ministry spokesman X": a state, organisation or capital a few words before the title, in one phrase.)
  if (!affiliation && role) affiliation = ownerBefore(work, ctx, sentenceStart, at.start - honorific, role);
  // ("Turkish Cypriot leader", "Greek-Cypriot negotiator": two demonyms name a community, not the first one's state.)
  const community = /\b(\p{Lu}\p{Ll}+)[\s-](\p{Lu}\p{Ll}+)\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(phrase);
  if (community?.[1] && community[2] && DEMONYMS[community[1]] && DEMONYMS[community[2]])
    affiliation = `${community[1]} ${community[2]}s`;
  // ("his Kenyan counterpart, President William Ruto": the title in apposition after the counterpart keeps its state.)
  if (!affiliation) {
    const apposed = /\b(\p{Lu}[\p{L}-]+)(?:[’']s)?\s+counterpart,\s*$/u.exec(
      work.slice(sentenceStart, phraseStart),
    );
    affiliation = apposed?.[1] ? countryOf(apposed[1]) : null;
  }
  if (!affiliation && /\bMinistry\b/.test(phrase)) affiliation = lastMinistryCountry(doc, ctx, at.start);
  if (!affiliation && sentence) {
    const subject = LED_BY.exec(work.slice(sentence.start, at.start))?.[1];
    if (subject) affiliation = affiliationOfSubject(doc, subject, sentence.start, ctx);
  }
  if (!affiliation && sentence) affiliation = sideLed(doc, at, sentence, ctx);
  // An unlisted group named before the title: "Hamas spokesman" → "Hamas"; not a person ("Trump adviser"), not a
  // word of the title itself ("Secretary of State"), not a sentence opener ("According to").
  if (!affiliation) {
    // ("Al Jazeera’s Osama bin Javaid": the possessive is the group's.)
    const group =
      /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)(?:[’']s)?\s/u.exec(phrase.replace(/^The\s+/, ""))?.[1] ??
      null;
    const isPerson = group !== null && all.some((p) => p.name === group || p.surname === group);
    const inRole = group !== null && role?.toLowerCase().includes(group.toLowerCase()) === true;
    if (group && !isPerson && !inRole && !portfolio(group) && !NOT_A_GROUP.test(group.split(/\s+/)[0] ?? ""))
      affiliation = group;
  }
  // "Russia s ambassador to the UN in Vienna Mikhail Ulyanov": a city is where someone is, not whom they speak for.
  if (affiliation && !countryOf(affiliation) && (lookupCity(affiliation)?.population ?? 0) > 0)
    affiliation = null;
  if (affiliation && TITLE_RE.test(affiliation)) affiliation = null;
  return {
    role,
    affiliation: sideOrNull(role, affiliation),
    counterpartOf,
    servesUnder: role ? possessor(phrase, person, all) : null,
  };
}

// "X heads the Lebanese side", "X, the deputy minister, headed the Afghan government delegation"; "At the head of the
// Colombian government delegation is X", "The Kuwaiti delegation, headed by X,": the side a person leads is theirs.
const SIDE = String.raw`(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:delegation|side|team|negotiators|mission)`;
const LEADS_SIDE = new RegExp(
  String.raw`^(?:,[^,.;“”]{0,80},)?\s+(?:(?:is|was|will\s+be)\s+)?(?:heads|headed|leads|led|heading|leading|chairs|chaired)\s+(${SIDE})\b`,
  "u",
);
const SIDE_LED_BY = new RegExp(
  String.raw`(?:\b(?:[Aa]t\s+the\s+head\s+of|[Hh]eading|[Ll]eading)\s+(${SIDE})\s+(?:is|was|will\s+be)|\b(${SIDE}),\s+(?:headed|led|chaired)\s+by)\s+(?:[^,.;“”]{0,40}\s)?$`,
  "iu",
);

function sideLed(doc: ArticleDocument, at: Span, sentence: Span, ctx: AffiliationContext): string | null {
  const { work } = doc;
  const after = LEADS_SIDE.exec(work.slice(at.end, sentence.end));
  const before = SIDE_LED_BY.exec(work.slice(sentence.start, at.start));
  const side = after?.[1] ?? before?.[1] ?? before?.[2];
  if (!side) return null;
  const from = after
    ? at.end + (after.index ?? 0) + after[0].lastIndexOf(side)
    : sentence.start + (before?.index ?? 0) + (before?.[0].indexOf(side) ?? 0);
  // A state the side is named by is the person's ("the Afghan government delegation" → Afghanistan).
  const state = ctx.entities.find(
    (e) => e.kind === "country" && e.start >= from && e.end <= from + side.length,
  );
  return state?.name ?? affiliationOfSubject(doc, side, from, ctx);
}

/** "Trump's National Security Adviser", "Merkel’s spokesman": the named person whose office the title belongs to. */
function possessor(phrase: string, person: PersonRecord, all: PersonRecord[]): PersonRecord | null {
  const owner = /(\p{Lu}[\p{L}-]+)[’']s\s/u.exec(phrase)?.[1];
  if (!owner) return null;
  return all.find((p) => p !== person && (p.surname === owner || p.name === owner)) ?? null;
}

/** "Ministry spokesperson": the country of the ministry named last before. */
function lastMinistryCountry(doc: ArticleDocument, ctx: AffiliationContext, before: number): string | null {
  const re = /\bMinistry\b/g;
  let found: string | null = null;
  for (let m = re.exec(doc.work); m && m.index < before; m = re.exec(doc.work)) {
    const near = ctx.entities
      .filter((e) => e.kind === "country" && e.end <= m.index && m.index - e.end < 25)
      .pop();
    if (near) found = near.name;
  }
  return found;
}

export { stateWithTitle } from "./state-titles.js";

// Words that cannot stand between an owner and its officer's title: a verb, a preposition or an article.
const NOT_IN_PHRASE =
  /^(?:said|says|told|and|or|of|to|in|with|for|by|on|at|the|a|an|as|from|after|before|met|meets|is|was|has|had|that|which|who|whose|planned)$/i;

/** The state or organisation named one to four words before a name whose title they end with, else null. */
function ownerBefore(
  work: string,
  ctx: AffiliationContext,
  from: number,
  to: number,
  role: string,
): string | null {
  const head = (role.split(/\s+/).pop() ?? "").toLowerCase();
  const gapOk = (gap: string): boolean => {
    const m = /^(?:[’']s)?\s+((?:[\p{L}-]+\s+){1,4})$/u.exec(gap);
    const words = m?.[1]?.trim().split(/\s+/) ?? [];
    return (
      words.length > 0 &&
      words.some((w) => w.toLowerCase() === head) &&
      // ("Russia supports President X": a present verb between them makes two phrases.)
      !words.some(
        (w) => NOT_IN_PHRASE.test(w) || (/^\p{Ll}+s$/u.test(w) && !ROLE_WORDS.has(w) && w !== "affairs"),
      )
    );
  };
  const entity = ctx.entities
    .filter((e) => e.start >= from && e.end <= to && gapOk(work.slice(e.end, to)))
    .pop();
  if (entity) return entity.name;
  // "Seoul's foreign ministry": a capital's possessive speaks for its state.
  const capital = /(\p{Lu}[\p{L}-]+)[’']s(\s+(?:[\p{L}-]+\s+){1,4})$/u.exec(work.slice(from, to));
  if (capital?.[1] && gapOk(capital[2] ?? "")) {
    const city = lookupCity(capital[1]);
    if (city?.capital) return city.country;
  }
  return null;
}
