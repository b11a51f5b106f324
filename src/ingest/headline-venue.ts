import { addDays } from "../extract/mentions/calendar.js";
import type { ExtractedMeeting } from "../extract/types.js";
import { slugify } from "../ids.js";
import { namesNoCity } from "./elsewhere.js";

// A headline names the city of an article's story. Where the article itself places a meeting in that city in the
// meeting's own sentence, a meeting on other days whose city came from the headline alone ("Tatar will receive the
// British minister on Friday" under "Tatar invited to Geneva talks") is another event, whose venue the article does
// not give: on the development articles 9 of the 13 such readings were no meeting in that city.
const FROM_HEADLINE = new Set(["meeting:venue-headline", "meeting:venue-headline-today"]);

const lastOf = (m: ExtractedMeeting) => m.endDate ?? m.date;
const touch = (a: ExtractedMeeting, b: ExtractedMeeting) =>
  addDays(a.date, -1) <= lastOf(b) && addDays(lastOf(a), 1) >= b.date;

/**
 * Whether the report of `m` names no venue after all: its city is the headline's, and another meeting of the same
 * article, on days apart from it, is placed in that city by its own sentence. Such a report is no report of a
 * meeting (it creates and joins nothing); a sentence of it recalling a known meeting by its day is still a mention.
 */
export function headlineVenueTaken(m: ExtractedMeeting, article: ExtractedMeeting[]): boolean {
  if (!FROM_HEADLINE.has(m.rule)) return false;
  const city = slugify(m.city);
  const placed = article.filter((o) => o !== m && !namesNoCity(o.rule) && slugify(o.city) === city);
  return placed.length > 0 && placed.every((o) => !touch(m, o));
}
