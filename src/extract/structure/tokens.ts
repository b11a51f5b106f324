import { createRequire } from "node:module";
import type { ItsHelpers, WinkMethods } from "wink-nlp";
import type { Span } from "../types.js";

/** A token as wink-nlp tags it, located in the source text. */
export interface TaggedToken extends Span {
  value: string;
  /** Universal POS tag: PROPN, VERB, AUX, NOUN, … */
  pos: string;
  lemma: string;
}

let engine: { nlp: WinkMethods; its: ItsHelpers } | null = null;

/** wink-nlp with the English lite model, loaded on first use (about 60 ms) and shared. */
function winkEngine(): { nlp: WinkMethods; its: ItsHelpers } {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
  const model = require("wink-eng-lite-web-model") as import("wink-nlp").Model;
  const nlp = winkNLP(model, ["pos"]);
  engine = { nlp, its: nlp.its };
  return engine;
}

const cache = new Map<string, TaggedToken[]>();

/** Part-of-speech tags and lemmas for one stretch of text (usually a sentence), with source offsets. */
export function tagSpan(text: string, span: Span): TaggedToken[] {
  const slice = text.slice(span.start, span.end);
  const cached = cache.get(slice);
  if (cached) return cached.map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start }));
  const { nlp, its } = winkEngine();
  const tokens = nlp.readDoc(slice).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const out: TaggedToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = slice.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    out.push({ value, pos: pos[i] ?? "X", lemma: lemmas[i] ?? value, start: at, end: cursor });
  });
  if (cache.size > 2000) cache.clear();
  cache.set(slice, out);
  return out.map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start }));
}

/** A finite or participle verb in the past: "convened", "met", "failed" (not "meets", "meeting", "meet"). */
export function isPastVerb(t: TaggedToken): boolean {
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  const v = t.value.toLowerCase();
  if (t.pos === "AUX") return /^(?:was|were|had|did)$/.test(v);
  const lemma = t.lemma.toLowerCase();
  return v !== lemma && !v.endsWith("ing") && v !== `${lemma}s` && v !== `${lemma}es`;
}
