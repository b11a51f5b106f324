import { FUTURE_CUES, INTENT_VERBS, PAST_CUES, REPORTING_VERBS } from "../lexicon/index.js";
import type { Span } from "../types.js";
import { isPastVerb, tagSpan } from "./tokens.js";

export type Tense = "past" | "future";

const CLAUSE_WORDS = new Set([
  "after",
  "before",
  "when",
  "while",
  "where",
  "but",
  "and",
  "because",
  "although",
]);
const WORD = /[\p{L}’']+|[,;:.!?()—–]/gu;

interface Word {
  w: string;
  start: number;
  /** A comma inside a place name ("Washington, DC", "Geneva, Switzerland") ends no clause. */
  inName?: boolean;
}

// Words that may open a sentence before its date without a verb: "At the meeting Thursday morning, …".
// A name may sit in it too: "At a meeting in Tokyo on Saturday, the ministers are expected to agree …".
const OPENER =
  /^(?:(?:at|in|on|during|by|for|late|early|last|this|next|the|a|an|meeting|talks|session|summit|week|month|year|morning|evening|afternoon|night|[A-Z][\p{L}-]*)\s+)*$/iu;

const PREPOSITION_LEAD = /^(?:following|after|before|during|ahead\s+of|since|at|in|on)\s/i;

/** Tense of the clause around a date: nearest cue before it in its clause, else after it, else past (news reports the past). */
export function clauseTense(work: string, sentence: Span, mention: Span): Tense {
  return statedTense(work, sentence, mention) ?? "past";
}

/** The tense the clause around a date states, or null when no cue says ("and by a session in Vienna on Thursday"). */
export function statedTense(work: string, sentence: Span, mention: Span): Tense | null {
  // Past-tense verbs the cue lists do not name ("convened", "failed"), from wink-nlp's POS tags and lemmas.
  const tags = tagSpan(work, sentence);
  const past = new Set(tags.filter(isPastVerb).map((t) => t.start));
  // "to" looks ahead only as an infinitive marker ("to meet on Monday"), not as a preposition ("his visit to
  // Argentina on Monday"): the word after it must be a verb.
  const infinitive = new Set(
    tags.flatMap((t, i) =>
      t.value.toLowerCase() === "to" &&
      /^(?:VERB|AUX)$/.test(tags[i + 1]?.pos ?? "") &&
      // ("people to people ties", "face to face": a word repeated around "to" is no infinitive.)
      tags[i + 1]?.value.toLowerCase() !== tags[i - 1]?.value.toLowerCase()
        ? [t.start]
        : [],
    ),
  );
  // "Sunday's talks may concentrate on …": a possessive day is the subject's; its own verb comes after it.
  if (/[’']s$/.test(work.slice(mention.start, mention.end))) {
    const ahead = scan(tokens(work, mention.end, sentence.end), past, false, infinitive);
    if (ahead) return ahead;
  }
  const before = tokens(work, sentence.start, mention.start).reverse();
  const found = scan(before, past, true, infinitive);
  if (found) return found;
  const after = tokens(work, mention.end, sentence.end);
  // A sentence-opening date phrase takes the tense of the main clause after its comma.
  // (A dateline run into the sentence is no part of the opening: "Tokyo, March 21 (Jiji Press)--At a meeting …".)
  const lead = (
    work
      .slice(sentence.start, mention.start)
      .split(/--|—|–|\)\s*-\s|(?<=\d):\s|(?<=\p{Lu}{2})\s+-\s/u)
      .pop() ?? ""
  )
    .replace(/[’']s\b/g, "")
    .trim();
  // "Following an informal working dinner on Sunday, Ryabkov forecast …": a prepositional phrase without a finite
  // verb opens the sentence too.
  const opening =
    lead === "" ||
    OPENER.test(`${lead} `) ||
    (PREPOSITION_LEAD.test(lead) &&
      !tags.some(
        (t) =>
          t.start >= sentence.start &&
          t.end <= mention.start &&
          (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/i.test(t.value))),
      ));
  const comma = after.findIndex((t) => t.w === ",");
  // ("On Tuesday the foreign secretaries … will meet": an opening date needs no comma before its clause.)
  const bare = opening && !(comma >= 0 && comma <= 3) && /^(?:on|this|last|next)?$/i.test(lead);
  if (opening && ((comma >= 0 && comma <= 3) || bare)) {
    // Its first verb: "At the meeting Thursday morning, Lavrov and Kuleba will be joined by …".
    // ("On Thursday, when the summit wraps up after lunch, the leaders are due to approve …": a subordinate clause
    // after the comma is not the main one; the main clause follows its own comma.)
    const subordinate =
      !bare && /^(?:when|while|as|once|after|before|until)$/.test(after[comma + 1]?.w ?? "")
        ? after.findIndex((t, i) => i > comma + 1 && t.w === ",")
        : -1;
    const from = bare ? mention.end : (after[subordinate >= 0 ? subordinate : comma]?.start ?? mention.end);
    // The sentence is tagged once and cached; a slice of it would be tagged again.
    // A participle right after a noun modifies it ("an art museum … called Capilla del Hombre … will host").
    // A relative clause ("…, which are to be followed by …") is not the main clause: the search ends there.
    const relative = tags.find((t) => t.start >= from && /^(?:which|who|whom|whose)$/i.test(t.value));
    const verb = tags.find(
      (t, i) =>
        t.start >= from &&
        (!relative || t.start < relative.start) &&
        (t.pos === "VERB" || t.pos === "AUX") &&
        // ("Ukrainian President Volodymyr Zelenskiy said …": a verb of saying after a name is the main verb.)
        !(
          t.pos === "VERB" &&
          isPastVerb(t) &&
          /^(?:NOUN|PROPN)$/.test(tags[i - 1]?.pos ?? "") &&
          !REPORTING_VERBS.has(t.value.toLowerCase())
        ) &&
        // ("On Sunday morning, following another briefing, he took part": a participle is no finite verb.)
        !(t.pos === "VERB" && /ing$/i.test(t.value)),
    );
    if (verb) {
      if (FUTURE_CUES.has(verb.value.toLowerCase())) return "future";
      if (isPastVerb(verb)) return "past";
      // A present verb says nothing yet: "On Thursday, the ministers are due to come together" reads on from it.
      return scan(tokens(work, verb.start, sentence.end), past, false, infinitive);
    }
  }
  return scan(after, past, false, infinitive);
}

function tokens(work: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  const s = work.slice(from, to);
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ w: m[0].toLowerCase(), start: from + m.index });
  // "Vienna, May 17": the month is no modal verb.
  for (const t of out)
    if (t.w === "may" && /^May\.?\s*\d/.test(work.slice(t.start, t.start + 7))) t.w = "month:may";
  // A comma between two capitalised words is part of a place name ("Washington, DC"), and so is one between a place
  // noun and its name ("in the Ethiopian capital, Addis Ababa on Monday"): neither ends a clause.
  out.forEach((t, i) => {
    const prev = out[i - 1];
    const next = out[i + 1];
    if (t.w !== "," || !prev || !next) return;
    const named = /^\p{Lu}{2}|^\p{Lu}\p{Ll}/u.test(work.slice(next.start, next.start + 2));
    const placeNoun =
      /^(?:capital|city|town|port|resort)$/.test(prev.w) && /^\p{Lu}/u.test(work[next.start] ?? "");
    if ((named && /^\p{Lu}/u.test(work[prev.start] ?? "")) || placeNoun) t.inName = true;
  });
  // "in Nairobi, the Kenyan capital, on Monday": an appositive between commas ends no clause either.
  out.forEach((t, i) => {
    if (t.w !== "," || t.inName || out[i + 1]?.w !== "the") return;
    const close = out.findIndex((u, k) => k > i + 1 && k <= i + 6 && u.w === ",");
    const prev = out[i - 1];
    if (close > 0 && prev && /^\p{Lu}/u.test(work[prev.start] ?? "")) {
      for (let k = i; k <= close; k++) (out[k] as Word).inName = true;
    }
  });
  // "his Chinese and Japanese counterparts", "Putin and Xi will meet": an "and" between two capitalised words joins
  // names, not clauses (unless it follows a day: "met on Monday and Merkel will …").
  out.forEach((t, i) => {
    const prev = out[i - 1];
    const next = out[i + 1];
    if (t.w !== "and" || !prev || !next || DAY_WORD.test(prev.w)) return;
    if (/^\p{Lu}/u.test(work[prev.start] ?? "") && /^\p{Lu}/u.test(work[next.start] ?? "")) t.inName = true;
  });
  // "U.S.", "U.N.": a full stop after a single letter is an abbreviation's, not the sentence's.
  out.forEach((t, i) => {
    if (t.w === "." && out[i - 1]?.w.length === 1 && /\p{L}/u.test(out[i - 1]?.w ?? "")) t.inName = true;
  });
  // "with his U.S. counterpart, James Dehart, in Honolulu on Wednesday": a name in apposition ends no clause either.
  out.forEach((t, i) => {
    if (t.w !== "," || t.inName) return;
    const close = out.findIndex((u, k) => k > i + 1 && k <= i + 6 && u.w === ",");
    if (close < 0) return;
    const inner = out.slice(i + 1, close);
    // ("with his counterparts, Liu Zhenmin and Shinsuke Sugiyama, on Wednesday": a list of names too.)
    if (inner.every((u) => /^\p{Lu}/u.test(work[u.start] ?? "") || u.w === "and")) {
      t.inName = true;
      (out[close] as Word).inName = true;
      for (const u of inner) if (u.w === "and") u.inName = true;
    }
  });
  return out.filter((t) => !t.inName);
}

const LAST_TIME =
  /^(?:week|weekend|month|year|time|night|summer|winter|spring|autumn|fall|round|session|meeting|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|few|two|three|four|five)$/;
const DAY_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)(?:[’']s)?$/;

function scan(words: Word[], past: Set<number>, backwards: boolean, infinitive: Set<number>): Tense | null {
  for (let i = 0; i < words.length; i++) {
    const { w, start } = words[i] as Word;
    if (/^[,;:.!?()—–]$/.test(w)) return null;
    // Cues before another day belong to that day: "talks proposed for Sunday and Monday in a decision on Saturday".
    if (backwards && DAY_WORD.test(w)) return null;
    // "On Thursday and Friday he will be in Mexico": a day coordinated after this one shares its clause.
    if (!backwards && (DAY_WORD.test(w) || (/^(?:and|or)$/.test(w) && DAY_WORD.test(words[i + 1]?.w ?? ""))))
      continue;
    // "failed to agree": an infinitive after a past verb stays in the past; after a verb of intention ("agreed to
    // meet again", "decided to resume") it looks ahead.
    const governor = backwards ? words[i + 1] : words[i - 1];
    if (w === "to" && governor && INTENT_VERBS.has(governor.w)) return "future";
    // ("PM Abiy was the first to arrive in Asmara on Sunday": "the first to" is no plan; the verb before it tells.)
    if (w === "to" && governor && /^(?:first|last|second|third|only)$/.test(governor.w)) continue;
    // "settled on holding the meeting Monday", "agreed on holding talks": a plan's gerund looks ahead too.
    if (backwards && /ing$/.test(w) && words[i + 1]?.w === "on" && INTENT_VERBS.has(words[i + 2]?.w ?? ""))
      return "future";
    // ("will be invited to take part in talks on Friday": a passive participle's "to" waits for "will".)
    const passive = backwards && /^(?:be|been|being)$/.test(words[i + 2]?.w ?? "");
    // ("a round that was to begin on Sunday", "talks were to resume Monday": a plan still ahead when it was made.)
    if (w === "to" && governor && /^(?:was|were)$/.test(governor.w) && infinitive.has(start)) return "future";
    if (w === "to" && governor && !FUTURE_CUES.has(governor.w) && past.has(governor.start) && !passive)
      return "past";
    if (w === "to" && !infinitive.has(start)) continue;
    // "the following week" looks ahead; "Following an informal dinner on Sunday, …" is a preposition.
    const before = backwards ? words[i + 1] : words[i - 1];
    if (w === "following" && before?.w !== "the") continue;
    // "is set to meet", "set for Monday", "set Friday meeting" look ahead; "Trump set out on Monday the issues" is a
    // past verb.
    const beforeSet = backwards ? words[i + 1]?.w : words[i - 1]?.w;
    const afterSet = backwards ? words[i - 1]?.w : words[i + 1]?.w;
    if (
      w === "set" &&
      !/^(?:is|are|was|were|be|been|being|now|all)$/.test(beforeSet ?? "") &&
      /^(?:out|up|off|aside|about|down|forth)$/.test(afterSet ?? "")
    ) {
      if (backwards) return "past";
      continue;
    }
    // "have been going on in Egypt since Monday": "going" looks ahead only as "going to"; "since" looks back.
    if (w === "going" && (backwards ? words[i - 1] : words[i + 1])?.w !== "to") continue;
    if (backwards && w === "since" && i === 0) return "past";
    // ("The talks had been scheduled to formally open Thursday but were put on hold": a plan in the past perfect was
    // for a day now gone.)
    if (backwards && FUTURE_CUES.has(w) && words[i + 1]?.w === "been" && words[i + 2]?.w === "had")
      return "past";
    if (FUTURE_CUES.has(w) || w.endsWith("’ll") || w.endsWith("'ll")) return "future";
    // "may concentrate", "might meet" look ahead; "may have met" does not.
    const next = backwards ? words[i - 1] : words[i + 1];
    if ((w === "may" || w === "might") && next && next.w !== "have") return "future";
    // "talks that are to be followed by a meeting on Wednesday": a passive infinitive looks ahead.
    if (backwards && past.has(start) && words[i + 1]?.w === "be" && words[i + 2]?.w === "to") return "future";
    // "will be hosted by Japan on Wednesday": a participle after "be" has no tense of its own; "will" decides.
    if (backwards && past.has(start) && words[i + 1]?.w === "be") continue;
    // "will have their first meeting Monday": "have" after a modal looks ahead with it.
    if (backwards && /^(?:have|has)$/.test(w) && FUTURE_CUES.has(words[i + 1]?.w ?? "")) return "future";
    // ("are due to last until Friday": "last" is a verb there, a past cue only before a time: "last week".)
    const following = backwards ? words[i - 1] : words[i + 1];
    if (w === "last" && !LAST_TIME.test(following?.w ?? "")) continue;
    if (PAST_CUES.has(w) || past.has(start)) return "past";
    // "… will discuss when he sits down with Sheinbaum on Tuesday": a present verb in a clause of time looks ahead.
    if (backwards && /^(?:when|once|until)$/.test(w)) {
      const subject = words[i - 1];
      const verb = words[i - 2];
      if (
        /^(?:he|she|it|they|we|i)$/.test(subject?.w ?? "") &&
        verb &&
        !past.has(verb.start) &&
        /^(?:[a-z]+[^s]s|meet|sit|visit|arrive|hold|talk|go|travel|come)$/.test(verb.w)
      )
        return "future";
    }
    // Clause openers end the search ("after a meeting …" was checked above); "X said" opens the reported clause.
    if (CLAUSE_WORDS.has(w) || REPORTING_VERBS.has(w)) return null;
  }
  return null;
}

/**
 * The tense of the sentence as a whole, when every finite verb in it agrees: "… will also use his time in Italy … and
 * will call for a renewed commitment before a special session on Wednesday" looks ahead though the date's own clause
 * ("before a special session on Wednesday") states none. Null when it mixes tenses or states none.
 */
export function wholeSentenceTense(work: string, sentence: Span): Tense | null {
  const tags = tagSpan(work, sentence);
  let future = false;
  let past = false;
  tags.forEach((t, i) => {
    const v = t.value.toLowerCase();
    if (/^(?:will|shall|’ll|'ll)$/.test(v) && (t.pos === "AUX" || t.pos === "VERB")) future = true;
    // (A participle after an auxiliary, "will be held", "has met", is no past of its own.)
    const prev = (tags[i - 1]?.value ?? "").toLowerCase();
    if (isPastVerb(t) && !/^(?:be|been|being|is|are|was|were|has|have|had|will)$/.test(prev)) past = true;
  });
  return future === past ? null : future ? "future" : "past";
}
