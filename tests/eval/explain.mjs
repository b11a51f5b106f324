// `npm run eval:explain -- [meetings|people|roles|quotes|status|parties] [folder…]`: what the extractor got wrong, article by article.
// Defaults to the development sets; never point it at a held-out folder while changing rules.
import path from 'node:path';
import { articlesIn, SETS, scoreArticles } from './corpus.mjs';
import { normName } from './score.mjs';

const [what = 'meetings', ...folders] = process.argv.slice(2);
const files = articlesIn(folders.length ? folders : [...SETS['real-dev (shared)'], ...SETS['development (real-style)']]);
const show = (x) => JSON.stringify(x);
for (const { file, gold, predicted, result } of scoreArticles(files)) {
  const lines = [];
  if (what === 'meetings') {
    for (const g of result.meetings.unmatchedGold) lines.push(`  missed   ${show(g)}`);
    for (const p of result.meetings.unmatchedPredicted) lines.push(`  invented ${show({ ...p, rule: predicted.meetings[p.index]?.rule })}`);
  } else if (what === 'people') {
    for (const g of result.people.unmatchedGold) lines.push(`  missed   ${show(g)}`);
    for (const p of result.people.unmatchedPredicted) lines.push(`  invented ${show(p)}`);
  } else if (what === 'roles') {
    const norm = (s) => normName(s) ?? '';
    for (const g of gold.people ?? []) {
      const p = predicted.people.find((x) => norm(x.name) === norm(g.name));
      if (!p) continue;
      if (norm(p.role) !== norm(g.role) || norm(p.affiliation) !== norm(g.affiliation))
        lines.push(`  ${g.name}: gold ${show([g.role, g.affiliation])} got ${show([p.role, p.affiliation])}`);
    }
  } else if (what === 'quotes') {
    for (const g of result.quotes.unmatchedGold ?? []) lines.push(`  missed   ${show(g)}`);
    for (const p of result.quotes.unmatchedPredicted ?? []) lines.push(`  invented ${show(p)}`);
    for (const w of result.quotes.wrongSpeaker ?? []) lines.push(`  speaker  ${show(w)}`);
  } else if (what === 'status') {
    for (const g of gold.meetings ?? []) {
      const p = predicted.meetings.find((m) => m.date === (g.date ?? g.startDate) && m.city === g.city);
      if (p && p.status !== g.status) lines.push(`  ${g.date} ${g.city}: gold ${g.status} got ${p.status} (${p.rule})`);
    }
  } else if (what === 'parties') {
    const sorted = (xs) => [...(xs ?? [])].sort();
    for (const g of gold.meetings ?? []) {
      const p = predicted.meetings.find((m) => m.date === (g.date ?? g.startDate) && m.city === g.city);
      if (!p) continue;
      const [gp, pp, go, po] = [sorted(g.parties), sorted(p.parties), sorted(g.organizations), sorted(p.organizations)];
      if (show(gp) !== show(pp) || show(go) !== show(po))
        lines.push(`  ${g.date} ${g.city}: gold ${show(gp)} ${show(go)} got ${show(pp)} ${show(po)}`);
    }
  }
  if (lines.length) console.log(`${path.relative(process.cwd(), file)}\n${lines.join('\n')}`);
}
