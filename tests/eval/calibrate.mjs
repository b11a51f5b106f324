// `npm run calibrate`: measures each extraction rule's precision on the real-style development articles and writes
// src/extract/calibration.json, from which every extracted item's `confidence` is read. Never edit that file by hand.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { articlesIn, CALIBRATION_SETS, scoreArticles } from './corpus.mjs';

const files = articlesIn(CALIBRATION_SETS);
const rules = {};
const count = (rule, matched) => {
  rules[rule] ??= { predicted: 0, matched: 0 };
  rules[rule].predicted += 1;
  if (matched) rules[rule].matched += 1;
};
for (const { predicted, result } of scoreArticles(files)) {
  for (const category of ['meetings', 'people', 'quotes']) {
    const missed = new Set(result[category].unmatchedPredicted.map((u) => u.index));
    predicted[category].forEach((item, i) => count(item.rule, !missed.has(i)));
  }
}
const sorted = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  generatedBy: 'npm run calibrate',
  corpus: CALIBRATION_SETS.map((s) => `tests/fixtures/${s}`),
  articles: files.length,
  rules: sorted,
};
const target = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../src/extract/calibration.json');
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
for (const [rule, r] of Object.entries(sorted))
  console.log(`${rule.padEnd(28)} ${String(r.matched).padStart(4)}/${String(r.predicted).padEnd(4)} ${(r.matched / r.predicted).toFixed(2)}`);
console.log(`wrote ${path.relative(process.cwd(), target)} from ${files.length} articles`);
