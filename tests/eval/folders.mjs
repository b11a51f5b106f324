// Scores the extractor per fixture folder, and the folders together: the side-by-side view a session's start and
// end are compared with. `--root DIR` scores another checkout's extractor (a git worktree of an older commit) on the
// folders as that checkout has them.
//   npx tsx tests/eval/folders.mjs [--root DIR] real/dev-wire9 real/dev-agency9 …
import path from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { articlesIn, scoreArticles, summarise } = await import(path.join(root, 'tests/eval/corpus.mjs'));
const f = (x) => (x == null ? ' -  ' : x.toFixed(2));
const line = (name, scored) => {
  const m = summarise(scored);
  const meet = [m.meetings.precision, m.meetings.recall, m.meetings.f1].map(f).join('/');
  return `${name.padEnd(24)} ${String(scored.length).padStart(4)}  meetings ${meet}  people ${f(m.people.f1)}  quotes ${f(m.quotes.f1)}  role ${f(m.roleAccuracy)}  affil ${f(m.affiliationAccuracy)}`;
};
const all = [];
for (const folder of args) {
  const scored = scoreArticles(articlesIn([folder]));
  all.push(...scored);
  console.log(line(folder, scored));
}
if (args.length > 1) console.log(line('together', all));
