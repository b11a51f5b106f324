// `npm run eval:timeline`: loads each multi-report process (tests/fixtures/processes*/NAME: NN.txt reports and the
// editor's timeline.json) into a fresh database through the real write path (POST /articles), then compares the
// meetings the API lists with the editor's timeline: recall, precision, duplicates, status and source completeness.
// Held-out processes are reported as totals only; never read them while changing rules.
// `npm run eval:timeline -- --explain [NAME…]` scores only the named development processes (all without a name) and
// lists, per process, each editor's meeting beside what the API listed for it, and every listed meeting matching none.
// `--reverse` posts each process's reports newest first: a timeline that changes with it depends on report order.
// `--orders` posts each development process in file order, newest first, the two ends inward, every other report and
// in three seeded shuffles (`--shuffles N` for N of them), and says per process whether the timeline (each meeting's days, city, status and sources) is the same in every order
// (`--holdout` adds the held-out totals, for the end of a round only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../../src/app.ts';
import { cityKeys } from '../../src/places/city-names.ts';
import { normCity } from './score.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');
const GROUPS = { development: 'processes', 'held-out': 'processes-holdout' };
const token = 'timeline-eval';
const args = process.argv.slice(2);
const explain = args.includes('--explain');
const reverse = args.includes('--reverse');
const orders = args.includes('--orders');
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--shuffles');

// One city under two of its names ("New York" / "New York City", "Addis Abeba" / "Addis Ababa"): the names the API's
// own city filter matches (GeoNames' alternate names), so the editor's common name and the gazetteer's agree.
const sameCity = (a, b) => {
  if (normCity(a) === normCity(b)) return true;
  const names = new Set(cityKeys(a));
  return cityKeys(b).some((k) => names.has(k));
};

const overlaps = (g, p) => {
  const gEnd = g.endDate ?? g.date;
  const pEnd = p.endDate ?? p.date;
  return p.date <= gEnd && g.date <= pEnd;
};

// A small seeded generator (mulberry32), so a shuffle is the same on every run and a difference can be replayed.
function shuffled(names, seed) {
  let t = seed >>> 0;
  const next = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...names];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// Beside file order and newest first: the two ends inward (oldest, newest, second oldest, …), every other report
// (odd places, then even ones) and `--shuffles N` seeded shuffles (three unless told).
const outsideIn = (n) => n.map((_, i) => (i % 2 === 0 ? n[i / 2] : n[n.length - 1 - (i - 1) / 2]));
const alternate = (n) => [...n.filter((_, i) => i % 2 === 0), ...n.filter((_, i) => i % 2 === 1)];
const shuffleCount = Number(args[args.indexOf('--shuffles') + 1]) || 3;
const ORDERS = {
  forward: (n) => n,
  reverse: (n) => [...n].reverse(),
  outsideIn,
  alternate,
  ...Object.fromEntries(Array.from({ length: shuffleCount }, (_, i) => [`shuffle${i + 1}`, (n) => shuffled(n, (i + 1) * 7919)])),
};

async function evaluate(folder, order = reverse ? ORDERS.reverse : ORDERS.forward) {
  const timeline = JSON.parse(readFileSync(path.join(folder, 'timeline.json'), 'utf8'));
  const app = await buildApp({ apiToken: token, writeRateLimit: 100000 });
  await app.ready();
  const idOf = new Map();
  try {
    const names = readdirSync(folder).filter((f) => /^\d+\.txt$/.test(f)).sort();
    for (const name of order(names)) {
      const res = await app.inject({
        method: 'POST',
        url: '/articles',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain; charset=utf-8' },
        payload: readFileSync(path.join(folder, name), 'utf8'),
      });
      if (res.statusCode >= 300) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
      idOf.set(name.replace(/\.txt$/, ''), JSON.parse(res.body).articleId);
    }
    const listed = [];
    for (let url = '/meetings?limit=100'; url; ) {
      const page = JSON.parse((await app.inject({ method: 'GET', url })).body);
      listed.push(...page.data);
      const next = page.page?.next;
      url = next ? `/meetings?limit=100&cursor=${encodeURIComponent(next)}` : null;
    }
    const reportsOf = (p) => [...new Set((p.sources ?? []).map((s) => nameOf.get(s.articleId) ?? s.articleId))].sort();
    const detailed = [];
    for (const m of listed) detailed.push(JSON.parse((await app.inject({ method: 'GET', url: `/meetings/${m.id}` })).body));
    const gold = timeline.meetings;
    const nameOf = new Map([...idOf].map(([name, id]) => [id, name]));
    const lines = [];
    const matchedPred = new Set();
    let matched = 0, statusRight = 0, sourcesComplete = 0, duplicates = 0;
    for (const g of gold) {
      const candidates = detailed.filter((p) => sameCity(p.city, g.city) && overlaps(g, p));
      const free = candidates.filter((p) => !matchedPred.has(p.id));
      lines.push(`  gold ${describe(g, g.sources ?? [])}`);
      if (free.length === 0) {
        lines.push('       MISSED');
        continue;
      }
      matched += 1;
      const p = free[0];
      matchedPred.add(p.id);
      duplicates += free.length - 1;
      for (const extra of free.slice(1)) matchedPred.add(extra.id);
      if (p.status === g.status) statusRight += 1;
      const have = new Set((p.sources ?? []).map((s) => s.articleId));
      if ((g.sources ?? []).every((s) => have.has(idOf.get(s)))) sourcesComplete += 1;
      for (const [i, q] of free.entries()) lines.push(`    ${i ? 'DUPLICATE' : '-> listed '} ${describe(q, reportsOf(q))}`);
    }
    const invented = detailed.length - matchedPred.size;
    for (const p of detailed.filter((q) => !matchedPred.has(q.id))) lines.push(`  INVENTED ${describe(p, reportsOf(p))}`);
    if (explain) console.log(`${path.basename(folder)}\n${lines.join('\n')}`);
    const signature = detailed
      .map((p) => `${p.date}..${p.endDate ?? ''} ${p.city} ${p.status} [${reportsOf(p).join(' ')}]`)
      .sort()
      .join('\n');
    return { signature, gold: gold.length, predicted: detailed.length, matched, duplicates, invented, statusRight, sourcesComplete };
  } finally {
    await app.close();
  }
}

const describe = (m, sources) =>
  `${m.date}${m.endDate ? `..${m.endDate}` : ''} ${m.city} ${m.status} [${sources.join(' ')}]` +
  `${m.parties ? ` parties: ${m.parties.map((x) => x.name ?? x).join(', ')}` : ''}`;

const pct = (a, b) => (b ? (a / b).toFixed(2) : '  – ');
if (orders) {
  await compareOrders();
  process.exit(0);
}
console.log('process                          reports  gold  listed  recall  precision  duplicates  invented  status  sources');
for (const [group, dir] of Object.entries(GROUPS)) {
  if (explain && group !== 'development') continue;
  const base = path.join(root, dir);
  if (!existsSync(base)) continue;
  const total = { gold: 0, predicted: 0, matched: 0, duplicates: 0, invented: 0, statusRight: 0, sourcesComplete: 0, reports: 0 };
  for (const name of readdirSync(base).sort()) {
    const folder = path.join(base, name);
    if (!existsSync(path.join(folder, 'timeline.json'))) continue;
    if (only.length > 0 && !only.includes(name)) continue;
    const { signature: _, ...r } = await evaluate(folder);
    const reports = readdirSync(folder).filter((f) => /^\d+\.txt$/.test(f)).length;
    for (const k of Object.keys(r)) total[k] += r[k];
    total.reports += reports;
    if (group === 'development') row(name, reports, r);
  }
  row(`${group} (all)`, total.reports, total);
}

function row(name, reports, r) {
  console.log(
    `${name.padEnd(33)}${String(reports).padStart(7)}${String(r.gold).padStart(6)}${String(r.predicted).padStart(8)}` +
      `${pct(r.matched, r.gold).padStart(8)}${pct(r.matched, r.predicted).padStart(11)}${String(r.duplicates).padStart(12)}` +
      `${String(r.invented).padStart(10)}${pct(r.statusRight, r.matched).padStart(8)}${pct(r.sourcesComplete, r.matched).padStart(9)}`,
  );
}

// Every order of one process must give the same timeline; a process that differs prints, per order, the meetings
// it lists that file order does not (+) and those file order lists that it does not (-).
// Held-out processes are compared only with `--holdout`, and then only counted, never printed.
async function compareOrders() {
  console.log(`${Object.keys(ORDERS).length} orders: ${Object.keys(ORDERS).join(', ')}`);
  console.log('process                          forward   worst  timelines  same');
  for (const [group, dir] of Object.entries(GROUPS)) {
    if (group !== 'development' && !args.includes('--holdout')) continue;
    const base = path.join(root, dir);
    if (!existsSync(base)) continue;
    let same = 0, total = 0;
    const sums = Object.fromEntries(Object.keys(ORDERS).map((o) => [o, { gold: 0, predicted: 0, matched: 0 }]));
    for (const name of readdirSync(base).sort()) {
      const folder = path.join(base, name);
      if (!existsSync(path.join(folder, 'timeline.json'))) continue;
      if (only.length > 0 && !only.includes(name)) continue;
      const results = {};
      for (const [o, order] of Object.entries(ORDERS)) results[o] = await evaluate(folder, order);
      for (const [o, r] of Object.entries(results)) for (const k of Object.keys(sums[o])) sums[o][k] += r[k];
      const distinct = new Set(Object.values(results).map((r) => r.signature));
      total += 1;
      if (distinct.size === 1) same += 1;
      if (group !== 'development') continue;
      const score = (r) => `${pct(r.matched, r.gold)}/${pct(r.matched, r.predicted)}`;
      const worst = Object.values(results).reduce((a, r) => (r.matched / r.gold + r.matched / r.predicted < a.matched / a.gold + a.matched / a.predicted ? r : a));
      console.log(`${name.padEnd(33)}${score(results.forward).padStart(9)}${score(worst).padStart(10)}${String(distinct.size).padStart(11)}  ${distinct.size === 1 ? 'yes' : 'NO'}`);
      const forwardRows = new Set(results.forward.signature.split('\n'));
      for (const [o, r] of Object.entries(results)) {
        if (r.signature === results.forward.signature) continue;
        const rows = new Set(r.signature.split('\n'));
        console.log(`    ${o}:`);
        for (const line of rows) if (!forwardRows.has(line)) console.log(`      + ${line}`);
        for (const line of forwardRows) if (!rows.has(line)) console.log(`      - ${line}`);
      }
    }
    const scores = Object.values(sums).map((r) => r.matched / r.gold + r.matched / r.predicted);
    const worst = Object.values(sums)[scores.indexOf(Math.min(...scores))];
    console.log(`${`${group} (all)`.padEnd(33)}${`${pct(sums.forward.matched, sums.forward.gold)}/${pct(sums.forward.matched, sums.forward.predicted)}`.padStart(9)}${`${pct(worst.matched, worst.gold)}/${pct(worst.matched, worst.predicted)}`.padStart(10)}${''.padStart(11)}  ${same}/${total} same`);
  }
}
