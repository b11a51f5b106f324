import {
  alternation,
  COUNTRY_ALIASES,
  DEMONYMS,
  displayCountry,
  ORGANIZATIONS,
} from "../extract/lexicon/index.js";
import { participantId } from "../ids.js";

// The states and organisations a text names, as participant ids under the names the extractor gives parties
// ("Czech Republic" for ICU's and the aliases' "Czechia"), from the lexicon and the runtime's ICU country names
// rather than the extractor's gazetteer: modules the read-only server loads must not load GeoNames' 20 MB of cities.

export interface NamedSide {
  id: string;
  country: boolean;
  start: number;
  end: number;
}

let matcher: { re: RegExp; byName: Map<string, { id: string; country: boolean }> } | undefined;

function build() {
  const byName = new Map<string, { id: string; country: boolean }>();
  const display = new Intl.DisplayNames("en", { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code) byName.set(name, { id: participantId(displayCountry(name)), country: true });
    }
  // "Lebanese officials", "the U.S.": the country each names.
  for (const [alias, country] of [...Object.entries(COUNTRY_ALIASES), ...Object.entries(DEMONYMS)])
    byName.set(alias, { id: participantId(displayCountry(country)), country: true });
  for (const org of ORGANIZATIONS)
    for (const alias of [org.name, ...org.aliases])
      byName.set(alias, { id: participantId(org.name), country: false });
  const re = new RegExp(`(?<![\\p{L}-])(${alternation(byName.keys())})(?![\\p{L}])`, "gu");
  return { re, byName };
}

/** Every state (by name, alias or demonym) and organisation the text names, in text order. */
export function namedSides(text: string): NamedSide[] {
  matcher ??= build();
  const out: NamedSide[] = [];
  for (const m of text.matchAll(matcher.re)) {
    const side = matcher.byName.get(m[1] as string);
    if (side) out.push({ ...side, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}
