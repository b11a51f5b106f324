// `npm run eval`: micro P/R/F1 of the extractor on every fixture set (see corpus.mjs for the split).
import { articlesIn, SETS, scoreArticles, summarise } from './corpus.mjs';

const f = (x) => (x === null || x === undefined ? '  –  ' : x.toFixed(2));
console.log('set                         files  meetings P/R/F1     people P/R/F1       quotes P/R/F1       status  role  affil  parties P/R');
for (const [name, folders] of Object.entries(SETS)) {
  const files = articlesIn(folders);
  if (files.length === 0) continue;
  const m = summarise(scoreArticles(files));
  const prf = (c) => `${f(m[c].precision)}/${f(m[c].recall)}/${f(m[c].f1)}`;
  console.log(
    `${name.padEnd(28)}${String(files.length).padStart(5)}  ${prf('meetings').padEnd(19)}${prf('people').padEnd(20)}${prf('quotes').padEnd(20)}${f(m.meetings.statusAccuracy).padStart(6)} ${f(m.roleAccuracy).padStart(5)} ${f(m.affiliationAccuracy).padStart(6)}  ${f(m.partiesPrecision)}/${f(m.partiesRecall)}`,
  );
}
