import type { PersonRecord } from "../coreference/people.js";
import { COUNTERPART_WORDS, escapeRegExp, ROLE_TITLES } from "../lexicon/index.js";
import type { EntityMention } from "../mentions/organizations.js";
import { isOrganizationWord } from "../mentions/organizations.js";
import { countryOf, lookupCity } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import type { Span } from "../types.js";
import { affiliationOfSubject, HONORIFIC, sideOrNull } from "./sides.js";

export interface PersonProfile {
  role: string | null;
  affiliation: string | null;
  /** The role came from "his … counterpart" and must be copied from the other person. */
  counterpartOf: PersonRecord | null;
  /** "Trump's national security adviser": whose office the person holds, for the affiliation when none is stated. */
  servesUnder?: PersonRecord | null;
}

const TITLE_RE = new RegExp(
  `\\b(${[...ROLE_TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})s?\\b`,
  "i",
);
const COUNTERPART_RE = new RegExp(`\\b(?:${COUNTERPART_WORDS.join("|")})\\b`, "i");
const LED_BY =
  /^(.*?)\s+(?:was|were|is|are|had been|has been)\s+(?:led|headed|represented|chaired|fronted)\s+by\b/i;
// "Presidents Joe Biden and Vladimir Putin": a plural title is each one's title.
const canonicalTitle = (found: string): string =>
  ROLE_TITLES.find((t) => t.toLowerCase() === found.toLowerCase()) ??
  ROLE_TITLES.find((t) => `${t.toLowerCase()}s` === found.toLowerCase()) ??
  found;

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
  const sentenceStart = sentence?.start ?? Math.max(0, at.start - 150);
  // ("the President of the European Council, Mr Charles Michel": the honorific between title and name is the name's.)
  const honorific =
    /\b(?:Mr|Mrs|Ms|Dr|Sheikh|Sheikha|Haji|Hajji|Maulvi|Mawlawi|Maulana|Mullah)\.?\s+$/.exec(
      work.slice(sentenceStart, at.start),
    )?.[0].length ?? 0;
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
  const ofCountry = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(
    work.slice(at.end, at.end + 40),
  )?.[1];
  const ofAffiliation = ofCountry ? countryOf(ofCountry) : null;
  if (!role && !counterpartOf) {
    // A title after the name: "Khalid al-Mishri, head of the High Council of State, said".
    const post = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;“”]{2,80})(?:,|\.(?!\p{L}))/u.exec(
      work.slice(at.end, at.end + 90),
    );
    const postTitle = post?.[1] ? headTitle(post[1]) : null;
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
  let affiliation = phraseEntities[0]?.name ?? ofAffiliation ?? null;
  if (!affiliation && /\bMinistry\b/.test(phrase)) affiliation = lastMinistryCountry(doc, ctx, at.start);
  if (!affiliation && sentence) {
    const subject = LED_BY.exec(work.slice(sentence.start, at.start))?.[1];
    if (subject) affiliation = affiliationOfSubject(doc, subject, sentence.start, ctx);
  }
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

/** "for East Asian and Pacific Affairs", "of Communication, Culture and Tourism": a portfolio, not a side. */
const portfolio = (owner: string | undefined): boolean =>
  owner !== undefined &&
  /\b(?:Affairs|Tourism|Culture|Communications?|Investment|Cooperation|Development|Security|Trade|Finance|Energy|Health|Education|Agriculture|Justice|Information)$/.test(
    owner,
  );

/** The plural title over "<Title>s A and " right before the name, as the singular title with its modifiers. */
function coordinatedTitle(before: string): string | null {
  const re = new RegExp(TITLE_RE.source, "gi");
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last?.[1] || !/s$/i.test(last[0]) || canonicalTitle(last[0]) === last[0]) return null;
  const end = last.index + last[0].length;
  // (Case-sensitive: with the "i" flag \p{Lu} matches lower-case letters too.)
  if (!/^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}and\s+$/u.test(before.slice(end))) return null;
  const head = before.slice(0, end);
  return headTitle(head.slice(introducingPhraseStart(head)));
}

/** "Trump's National Security Adviser", "Merkel’s spokesman": the named person whose office the title belongs to. */
function possessor(phrase: string, person: PersonRecord, all: PersonRecord[]): PersonRecord | null {
  const owner = /(\p{Lu}[\p{L}-]+)[’']s\s/u.exec(phrase)?.[1];
  if (!owner) return null;
  return all.find((p) => p !== person && (p.surname === owner || p.name === owner)) ?? null;
}

const OPENER_WORD =
  /^(?:But|And|Yet|However|Meanwhile|Also|Then|When|While|After|Before|According|Speaking|Asked)$/;
const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|for|of|and)$/i;

const SPOKES = /^spokes(?:man|woman|person)$/i;
const SPOKES_OFFICE =
  /^(?:State|Department|Foreign|Ministry|Office|Government|MEA|Defence|Defense|Presidency|Presidential)$/i;

/**
 * The head title of a phrase, with the modifiers written before it: "the UN deputy special representative for Libya"
 * → "Deputy Special Representative", "Deputy Energy Minister" → "Deputy Energy Minister", "the Secretary-General’s
 * personal envoy" → "Personal Envoy" (a possessive title is not the head). Null when the phrase names no title.
 */
function headTitle(phrase: string): string | null {
  const re = new RegExp(TITLE_RE.source, "gi");
  let head: RegExpExecArray | null = null;
  for (let m = re.exec(phrase); m; m = re.exec(phrase))
    if (!/^[’']s\b/.test(phrase.slice(m.index + m[0].length))) head = m;
  if (!head?.[1]) return null;
  const words = phrase.slice(0, head.index).trim().split(/\s+/).filter(Boolean);
  const modifiers: string[] = [];
  for (let i = words.length - 1; i >= 0 && modifiers.length < 2; i--) {
    const w = words[i] ?? "";
    const pair = `${words[i - 1] ?? ""} ${w}`;
    // ("But Colonel …": a sentence opener is no part of the title.)
    if (
      !/^[\p{L}-]+$/u.test(w) ||
      DETERMINERS.test(w) ||
      OPENER_WORD.test(w) ||
      countryOf(w) ||
      countryOf(pair)
    )
      break;
    // "then-President", "ex-minister": said by the "Former" prefix.
    if (/^(?:then|ex)-?$/i.test(w) || /^former$/i.test(w)) break;
    // A spokesperson's office is part of the title ("State Department Spokesman", "Foreign Ministry Spokeswoman").
    const office = SPOKES.test(head[1]) && SPOKES_OFFICE.test(w);
    if (!office && (isOrganizationWord(w) || isOrganizationWord(pair))) break;
    if (!office && /^\p{Lu}/u.test(w) !== /^\p{Lu}/u.test(head[1])) break;
    modifiers.unshift(w);
  }
  const title = `${canonicalTitle(head[1])}${complementOf(phrase.slice(head.index + head[0].length))}`;
  if (modifiers.length === 0) return title;
  const titled = modifiers.map((w) =>
    /^\p{Lu}{2,}$/u.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
  );
  return [...titled, title].join(" ");
}

const COMPLEMENT_WORD =
  "(?:\\p{Lu}[\\p{L}’'-]*|and|of|the|for|on|delegation|team|mission|council|committee|settlement)";
const COMPLEMENT = new RegExp(
  `^\\s+((?:for|to|on)\\s+(?:the\\s+)?${COMPLEMENT_WORD}(?:\\s+${COMPLEMENT_WORD}){0,6}|of\\s+(?:the\\s+)?${COMPLEMENT_WORD}(?:\\s+${COMPLEMENT_WORD}){0,5})`,
  "u",
);

/**
 * "of the Kyrgyz Republic", "of the FARC", "of the Afghan Interim Government": a body that names a state, party or
 * armed group is the side the person speaks for; "of the Parliament", "of the President’s Office" are the office.
 */
const namesSide = (object: string): boolean =>
  /\b(?:Republic|Government|Party|Front|Movement|Forces|Army)\b|\b\p{Lu}{2,}\b/u.test(object) ||
  object.split(/\s+/).some((w) => countryOf(w) !== null && countryOf(w) !== undefined);

/**
 * What the office is of or for, as part of its name: "Special Envoy for Syria", "Ambassador to Serbia", "Head of
 * Mission to Moldova", "Minister of Foreign Affairs and Cooperation". "of <country or organisation>" is the
 * affiliation instead ("President of Kazakhstan"), and "of the …" names whom the person speaks for.
 */
function complementOf(rest: string): string {
  // "head of the Russian delegation" → "Head of Delegation": the side it speaks for is the affiliation.
  const side =
    /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}[\p{L}-]*(?:[’']s)?\s+)?(delegation|team|mission)\b/iu.exec(
      rest,
    );
  if (side?.[1]) return ` of ${side[1].charAt(0).toUpperCase()}${side[1].slice(1).toLowerCase()}`;
  const found = COMPLEMENT.exec(rest)?.[1];
  if (!found) return "";
  // The complement ends on a name or an office noun, never on a joining word.
  const words = found.split(/\s+/);
  // ("Minister for Foreign Affairs Dr Vivian Balakrishnan": the honorific belongs to the name.)
  while (
    words.length > 1 &&
    (/^(?:and|of|the|for|on|to)$/.test(words[words.length - 1] ?? "") ||
      HONORIFIC.test(words[words.length - 1] ?? ""))
  )
    words.pop();
  const text = words.join(" ");
  const object = text.replace(/^(?:for|to|on|of)\s+(?:the\s+)?/, "");
  if (/^of\s/.test(text) && (countryOf(object) || isOrganizationWord(object) || namesSide(object))) return "";
  return words.length > 1 ? ` ${text}` : "";
}

const SPELLED_TITLE = new RegExp(`(?:${TITLE_RE.source})\\s*$`, "i");

/** Start (in `before`) of the noun phrase right before a name: an appositive ("its chief negotiator, ") or a title. */
function introducingPhraseStart(before: string): number {
  // The shortest appositive: after the last clause boundary ("… and his Moldovan counterpart, ").
  const appositive =
    /^.*(?:,|\bby|\bwith|\band|\bthat|\bsaid|\bas)\s+([^,;:“”]{2,90}),\s*$/su.exec(before) ??
    /^\s*([^,;:“”]{2,90}),\s*$/u.exec(before);
  const body = appositive?.[1];
  if (body && (TITLE_RE.test(body) || COUNTERPART_RE.test(body))) return before.lastIndexOf(body);
  let start = before.length;
  let count = 0;
  const words = [...before.matchAll(/\S+\s*/g)].reverse();
  for (const m of words) {
    const w = m[0].trim();
    const ok =
      /^\p{Lu}/u.test(w) ||
      TITLE_RE.test(w.replace(/[’']s$/, "")) ||
      // "met his Russian counterpart Vladimir Putin": a counterpart without the comma of an appositive.
      COUNTERPART_RE.test(w) ||
      /^(?:for|of|the|to|on)$/.test(w);
    if (!ok || /[,;:]$/.test(w) || count >= 8) break;
    start = m.index ?? start;
    count++;
  }
  // A lower-case title of several words ("the bloc's foreign policy chief Josep Borrell") stops the word scan at its
  // first lower-case word: the whole title, and the capitalised words before it ("EU"), belong to the phrase.
  const spelled = SPELLED_TITLE.exec(before);
  if (spelled && spelled.index < start) {
    // (Case-sensitive on its own: with the "i" flag \p{Lu} matches lower-case letters too.)
    const names = /(?:\p{Lu}[\p{L}.-]*\s+){1,2}$/u.exec(before.slice(0, spelled.index));
    start = names ? names.index : spelled.index;
  }
  // A phrase does not begin with a preposition or article left over from the scan.
  let rest = before.slice(start);
  while (/^(?:for|of|the|to|on)\s+/i.test(rest) && !/^the\s+\p{Lu}/u.test(rest)) {
    const skip = /^\S+\s+/.exec(rest)?.[0].length ?? 0;
    start += skip;
    rest = before.slice(start);
  }
  return start;
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
