import { escapeRegExp } from "../lexicon/index.js";
import { countryOf } from "../mentions/places.js";

/**
 * The one state the text gives a title to ("Pakistani Prime Minister", "Pakistan's prime minister", "the prime
 * minister of Pakistan"), or null when none or several do.
 */
export function stateWithTitle(text: string, role: string): string | null {
  const title = role.replace(/^Former\s+/, "");
  if (title.split(/\s+/).length > 3) return null;
  // The title in either case, letter by letter, so the rest of the pattern can stay case-sensitive (and fast).
  const escaped = title
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`))
    .join("\\s+");
  const found = new Set<string>();
  const before = new RegExp(`(\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}]+)?)(?:[’']s)?\\s+${escaped}\\b`, "gu");
  for (const m of text.matchAll(before)) {
    // "Afghan President Ashraf Ghani" names someone else: only a title without a name can be this person's.
    if (/^\s+\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3)))
      continue;
    const state = countryOf(m[1] ?? "") ?? countryOf((m[1] ?? "").split(/\s+/).pop() ?? "");
    if (state) found.add(state);
  }
  const after = new RegExp(
    `\\b${escaped}\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)`,
    "gu",
  );
  for (const m of text.matchAll(after)) {
    if (/^\s+\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3)))
      continue;
    const state = countryOf(m[1] ?? "");
    if (state) found.add(state);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
