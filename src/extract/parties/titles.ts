import { COUNTERPART_WORDS, escapeRegExp, RANK_ABBREVIATIONS, ROLE_TITLES } from "../lexicon/index.js";
import { isOrganizationWord } from "../mentions/organizations.js";
import { countryOf } from "../mentions/places.js";
import { HONORIFIC } from "./sides.js";

// Titles as reports write them before or after a name: the head title and its modifiers, what the office is of or
// for, a plural title over coordinated names, and where the phrase introducing a name begins.

export const TITLE_RE = new RegExp(
  `\\b(${[...ROLE_TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})s?\\b`,
  "i",
);
export const COUNTERPART_RE = new RegExp(`\\b(?:${COUNTERPART_WORDS.join("|")})\\b`, "i");
// "Presidents Joe Biden and Vladimir Putin": a plural title is each one's title.
const canonicalTitle = (found: string): string =>
  RANK_ABBREVIATIONS[
    found
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/[-\s]+/g, " ")
      .trim()
  ] ??
  ROLE_TITLES.find((t) => t.toLowerCase() === found.toLowerCase()) ??
  ROLE_TITLES.find((t) => `${t.toLowerCase()}s` === found.toLowerCase()) ??
  found;

/** "for East Asian and Pacific Affairs", "of Communication, Culture and Tourism": a portfolio, not a side. */
export const portfolio = (owner: string | undefined): boolean =>
  owner !== undefined &&
  /\b(?:Affairs|Tourism|Culture|Communications?|Investment|Cooperation|Development|Security|Trade|Finance|Energy|Health|Education|Agriculture|Justice|Information)$/.test(
    owner,
  );

/** The plural title over "<Title>s A and " right before the name, as the singular title with its modifiers. */
export function coordinatedTitle(before: string): string | null {
  const re = new RegExp(TITLE_RE.source, "gi");
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last?.[1] || !/s$/i.test(last[0]) || canonicalTitle(last[0]) === last[0]) return null;
  const end = last.index + last[0].length;
  // (Case-sensitive: with the "i" flag \p{Lu} matches lower-case letters too.)
  // ("Presidents Ismael Omar Guelleh (Djibouti), Faustin Touadera (Central African Republic) and X": a list, each name
  // perhaps with its state in brackets.)
  if (!PLURAL_TITLE_LIST.test(before.slice(end))) return null;
  const head = before.slice(0, end);
  return headTitle(head.slice(introducingPhraseStart(head)));
}

const LISTED_NAME = String.raw`(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}(?:\([^()]{2,40}\)\s*)?`;
const PLURAL_TITLE_LIST = new RegExp(
  String.raw`^\s+(?:${LISTED_NAME},\s*){0,6}${LISTED_NAME}(?:,\s*and|,|\s+and)\s+$`,
  "u",
);
// (Days and times too: "On Saturday President X departed" has no "Saturday President".)
const OPENER_WORD =
  /^(?:But|And|Yet|However|Meanwhile|Also|Then|When|While|After|Before|According|Speaking|Asked|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|Tomorrow)$/;
const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|for|of|and|who|which|that)$/i;
// Military ranks: after an office ("Defence Minister General X", "Chief of Defence Forces General X") the rank is the
// name's, the office the title.
const RANK =
  /^(?:General|Lieutenant General|Major General|Brigadier General|Colonel|Admiral|Vice Admiral|Field Marshal|Marshal)$/i;

const OFFICE_NAME =
  /(?:^|\s)(White\s+House|Kremlin|European\s+Council|European\s+Commission|National\s+Security\s+Council|Pentagon|Downing\s+Street)$/i;
const titleCase = (s: string): string => s.replace(/(?<=^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
// An aide's title, and what joins it to the title of the one it serves.
const SERVES =
  /^(?:advis[eo]r|assistant|aide|spokes(?:man|woman|person)|secretary|counsel(?:l)?or|envoy|representative|ambassador|high\s+commissioner)$/i;
const TO_THE = /^\s+to\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}$/u;
const HIGHEST_OFFICE = /^(?:President|Prime Minister|Pope|King|Queen|Emir|Sultan|Chancellor|Crown Prince)$/;
const SPOKES = /^spokes(?:man|woman|person)$/i;
const SPOKES_OFFICE =
  /^(?:State|Department|Foreign|Ministry|Office|Government|MEA|Defence|Defense|Presidency|Presidential)$/i;

/**
 * The head title of a phrase, with the modifiers written before it: "the UN deputy special representative for Libya"
 * → "Deputy Special Representative", "Deputy Energy Minister" → "Deputy Energy Minister", "the Secretary-General’s
 * personal envoy" → "Personal Envoy" (a possessive title is not the head). Null when the phrase names no title.
 */
export function headTitle(phrase: string): string | null {
  const re = new RegExp(TITLE_RE.source, "gi");
  let head: RegExpExecArray | null = null;
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(phrase); m; m = re.exec(phrase))
    if (!/^[’']s\b/.test(phrase.slice(m.index + m[0].length))) found.push(m);
  // ("Adviser to the Prime Minister on Commerce X", "Special Adviser to the President on Information, Mr X": the title
  // an aide serves is what the aide's own title is to, not the aide's title. A phrase that ends on the served title
  // introduces its holder: "national security adviser to Prime Minister Abiy Ahmed".)
  const last = found.at(-1);
  const endsOnLast = last !== undefined && /^\s*$/.test(phrase.slice(last.index + last[0].length));
  head =
    found.find(
      (m, i) =>
        !endsOnLast &&
        SERVES.test(m[1] ?? "") &&
        found[i + 1] !== undefined &&
        TO_THE.test(phrase.slice(m.index + m[0].length, found[i + 1]?.index)),
    ) ??
    last ??
    null;
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
  if (RANK.test(head[1]) && /^\s*$/.test(phrase.slice(head.index + head[0].length))) {
    const office = headTitle(phrase.slice(0, head.index));
    if (office && !RANK.test(office)) return office;
  }
  const title = `${canonicalTitle(head[1])}${complementOf(phrase.slice(head.index + head[0].length))}`;
  const titled = modifiers.map((w) =>
    /^\p{Lu}{2,}$/u.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
  );
  // ("Kremlin spokesman", "White House Press Secretary", "European Council President": an office of the side, not the
  // side itself, is part of the title.)
  const rest = words.slice(0, words.length - modifiers.length);
  const office = OFFICE_NAME.exec(rest.join(" "))?.[1];
  // ("Co-Chairs", "Vice-President": a prefix with its hyphen joins the title without a space.)
  const own = [...(office ? [titleCase(office)] : []), ...titled, title].join(" ").replace(/-\s+/g, "-");
  // ("State Councilor and Foreign Minister X", "Deputy Prime Minister and Foreign Minister X": one person's two
  // offices, written as one title.)
  if (rest.at(-1) === "and" && /^\p{Lu}/u.test(own)) {
    const earlier = rest.slice(0, -1).join(" ");
    const first = SPELLED_TITLE.test(earlier) ? headTitle(earlier.slice(-60)) : null;
    // (Not two offices of state no one holds together: "the Prime Minister and President X", "… and Pope Francis"
    // name two people.)
    const apart = first && HIGHEST_OFFICE.test(first) && HIGHEST_OFFICE.test(own);
    if (first && /^\p{Lu}/u.test(first) && !first.includes(" and ") && !apart) return `${first} and ${own}`;
  }
  return own;
}

const COMPLEMENT_WORD =
  "(?:\\p{Lu}[\\p{L}’'-]*|and|of|the|for|on|delegation|team|mission|council|committee|settlement|affairs|cooperation|relations|policy)";
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
  // ("Minister of Foreign Affairs and Cooperation X", "… and Expatriates X": a portfolio the title joins to its own,
  // the phrase ending at the name.)
  const joined = /^\s+(and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)[\s,]*$/u.exec(rest)?.[1];
  if (joined && !TITLE_RE.test(joined)) return ` ${joined}`;
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
  // ("Minister for Foreign Affairs of India", "Deputy Minister for Foreign Affairs for the Russian Federation": a state
  // after the portfolio is the affiliation, not part of the title.)
  const state = /^(.+?)\s+(?:of|for)\s+(?:the\s+)?(.+)$/.exec(words.join(" "));
  if (state?.[1] && state[2] && portfolio(state[1]) && (countryOf(state[2]) || namesSide(state[2]))) {
    words.splice(state[1].split(/\s+/).length);
  }
  const text = words.join(" ");
  const object = text.replace(/^(?:for|to|on|of)\s+(?:the\s+)?/, "");
  if (/^of\s/.test(text) && (countryOf(object) || isOrganizationWord(object) || namesSide(object))) return "";
  // ("Speaker of Venezuela's National Constituent Assembly" → "Speaker of the National Constituent Assembly", "President
  // of Libya’s High State Council": the state whose body it is names the side, not the office.)
  const own = text.replace(
    /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)[’']s\s+(?=\p{Lu})/u,
    (m, state: string) => (countryOf(state) ? "the " : m),
  );
  // (Roles are written in Title Case: "on International affairs" → "on International Affairs".)
  const titled = own.replace(/(?<=\s)(?!(?:and|of|the|for|on|to)\b)\p{Ll}/gu, (c) => c.toUpperCase());
  return words.length > 1 ? ` ${titled}` : "";
}

// (One or two words before it, and no title after it: "to Serbia Pavel Orlov and President X" joins two phrases.)
const PORTFOLIO_AND =
  /(?<=\b(?:of|for|on|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2})and(?=\s+(\p{Lu}[\p{L}-]*))/gu;
const SPELLED_TITLE = new RegExp(`(?:${TITLE_RE.source})\\s*$`, "i");
const CAPITAL_TITLE_END = new RegExp(
  `(?:${[...ROLE_TITLES]
    .filter((t) => /^\p{Lu}/u.test(t))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\s*$`,
  "u",
);

/** Start (in `before`) of the noun phrase right before a name: an appositive ("its chief negotiator, ") or a title. */
export function introducingPhraseStart(text: string): number {
  // ("Minister of Youth and Sports, Mr X", "Commissioner for Peace and Security X": an "and" inside what the office is
  // of or for joins the portfolio, not two phrases; it is masked, keeping every offset.)
  const before = text.replace(PORTFOLIO_AND, (and, next: string) => (TITLE_RE.test(next) ? and : "aNd"));
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
      /^(?:for|of|the|to|on|aNd)$/.test(w) ||
      // ("State Councilor and Foreign Minister Wang Yi": one person's two offices, the first capitalised.)
      (w === "and" && CAPITAL_TITLE_END.test(before.slice(0, m.index)));
    if (!ok || /[,;:]$/.test(w) || count >= 12) break;
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
