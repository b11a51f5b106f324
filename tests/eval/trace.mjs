// `npm run eval:trace -- FILE`: how the event stage reads one article, sentence by sentence — which sentences carry a
// meeting trigger, which dates they hold and which filter drops each, which venues they name. For development sets only.
import { readFileSync } from 'node:fs';
import { findPeople } from '../../src/extract/coreference/people.ts';
import { datesArrival, datesOtherEvent, datesReport, hasMeetingTrigger } from '../../src/extract/events/triggers.ts';
import { extractArticle, projectExtraction } from '../../src/extract/index.ts';
import { findDates } from '../../src/extract/mentions/dates.ts';
import { findCountries } from '../../src/extract/mentions/organizations.ts';
import { allCountryNames } from '../../src/extract/mentions/gazetteer.ts';
import { findCountryVenues, findPlaces } from '../../src/extract/mentions/places.ts';
import { findQuotes } from '../../src/extract/quotations/quotes.ts';
import { readDocument } from '../../src/extract/structure/document.ts';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const doc = readDocument(text);
const body = doc.header.bodyStart;
const records = findPeople(doc);
const places = findPlaces(doc.work, body, records.flatMap((p) => p.mentions));
const dates = findDates(doc);
const quotes = findQuotes(doc).quotes.map((q) => q.outer);
const inside = (s, r) => s.start >= r.start && s.end <= r.end;
const chars = doc.work.split('');
for (const q of quotes) for (let i = q.start; i < q.end; i++) chars[i] = ' ';
const narrative = chars.join('');
console.log(`article ${doc.header.date}  dateline ${doc.dateline ? doc.work.slice(doc.dateline.start, doc.dateline.end) : '–'}`);
for (const s of doc.sentences) {
  const ds = dates.filter((d) => inside(d, s));
  const ps = places.filter((p) => inside(p, s));
  if (!ds.length && !ps.length) continue;
  const trig = hasMeetingTrigger(narrative, s);
  console.log(`\n[${trig ? 'T' : ' '}] ${doc.work.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 220)}`);
  for (const d of ds) {
    const why = [
      quotes.some((q) => inside(d, q)) && 'quoted',
      datesOtherEvent(narrative, s, d) && 'other-event',
      datesReport(narrative, s, d) && 'report',
      datesArrival(narrative, s, d) && 'arrival',
    ].filter(Boolean);
    console.log(`   date ${JSON.stringify(d.text)} → ${d.date}${d.endDate ? `..${d.endDate}` : ''} ${why.join(',')}`);
  }
  for (const p of ps) console.log(`   place ${JSON.stringify(doc.work.slice(p.start, p.end))} → ${p.city} venue=${p.venue}`);
}
const countryVenues = findCountryVenues(doc.work, findCountries(doc.work, body, allCountryNames()));
const headline = findPlaces(doc.work.slice(0, body), 0, []).filter((p) => p.venue).map((p) => p.city);
console.log(`\ncountry venues ${JSON.stringify(countryVenues.map((c) => c.country))}  headline venues ${JSON.stringify(headline)}`);
console.log('meetings', JSON.stringify(projectExtraction(extractArticle(text)).meetings.map((m) => [m.date, m.endDate, m.city, m.status, m.rule])));
