import type { Meeting } from "../schemas/meeting.js";

export interface CalendarMeeting extends Meeting {
  sources: { articleId: string }[];
}

/** What TEXT values escape (RFC 5545 §3.3.11); most titles and venues have none, and skip both replacements. */
const special = /[\\;,\r\n]/;

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
const text = (value: string): string =>
  special.test(value) ? value.replace(/[\\;,]/g, "\\$&").replace(/\r\n|\r|\n/g, "\\n") : value;

/** Text values joined by an escaped comma (the escaping is per character, so escaping each is escaping the whole). */
const list = (values: readonly string[]): string => {
  let joined = text(values[0] ?? "");
  for (let i = 1; i < values.length; i++) joined += `\\, ${text(values[i] as string)}`;
  return joined;
};

/** Any code unit beyond ASCII: a native scan, where a loop over char codes was a quarter of writing a calendar. */
const beyondAscii = /[\u0080-\uffff]/;

/** UTF-8 length of one UTF-16 code unit on its own (a lone surrogate is written as U+FFFD, three bytes). */
const unitLength = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);

/**
 * Folds a content line into lines of at most 75 octets (§3.1), never inside a character. A high surrogate is
 * kept with the code unit after it, whatever that is, as ical-generator did (the same bytes for any string).
 * Lines are cut into slices, not rebuilt a character at a time: that made a cons string per character, most of a
 * large calendar's garbage (a country's year, 820 events: 40–48 → 13–22 ms to write).
 */
function fold(line: string): string {
  // No code unit is more than three octets, so a line of 24 units fits whatever it holds.
  if (line.length <= 24) return line;
  if (!beyondAscii.test(line)) {
    if (line.length <= 74) return line;
    let folded = line.slice(0, 74);
    for (let i = 74; i < line.length; i += 74) folded += `\r\n ${line.slice(i, i + 74)}`;
    return folded;
  }
  // Most lines beyond ASCII (a title's dash, an accented venue) fit: their UTF-8 length, natively, says so.
  if (line.length <= 74 && Buffer.byteLength(line) <= 74) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    let width = 1;
    let size = unitLength(code);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      width = 2;
      size = next >= 0xdc00 && next <= 0xdfff ? 4 : 3 + unitLength(next);
    }
    octets += size;
    if (octets > 74) {
      parts.push(line.slice(start, i));
      start = i;
      octets = size;
    }
    i += width - 1;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

const compactDate = (isoDate: string): string => isoDate.slice(0, 10).replaceAll("-", "");
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `YYYYMMDD` of the day after an ISO day, by calendar arithmetic (a Date and its ISO string per event were garbage). */
function compactDayAfter(isoDate: string): string {
  const parts = isoDay.exec(isoDate);
  const year = Number(parts?.[1]);
  let month = Number(parts?.[2]);
  let day = Number(parts?.[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  // Anything but a valid day before the year 9999 takes Date's path, whatever it makes of it.
  if (!parts || year >= 9999 || month < 1 || month > 12 || day < 1 || day > length)
    return compactDate(new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString());
  day += 1;
  let y = year;
  if (day > length) {
    day = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      y += 1;
    }
  }
  return `${String(y).padStart(4, "0")}${month < 10 ? "0" : ""}${month}${day < 10 ? "0" : ""}${day}`;
}

/** A UTC date-time, `YYYYMMDDTHHMMSSZ`. */
const utcStamp = (date: Date): string => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

const header = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//diplomatic-talks-timeline//api//EN",
  "NAME:Diplomatic talks timeline",
  "X-WR-CALNAME:Diplomatic talks timeline",
  "X-WR-CALDESC:Meetings extracted from news articles about diplomatic talks",
].join("\r\n");

/**
 * The DESCRIPTION's value, escaped: who took part, the status and the distinct source articles' URLs, one per line.
 * Each part is escaped alone and the line breaks written escaped, so the regular expressions run on short strings
 * that rarely need them instead of on every description.
 */
function description(m: CalendarMeeting, baseUrl: string): string {
  let who = "";
  if (m.parties.length) who = `Parties: ${list(m.parties)}\\n`;
  if (m.organizations.length) who += `Organisations: ${list(m.organizations)}\\n`;
  let sources = "";
  const seen: string[] = [];
  for (const { articleId } of m.sources) {
    if (seen.includes(articleId)) continue;
    seen.push(articleId);
    sources += `${sources ? " " : ""}${baseUrl}/articles/${articleId}`;
  }
  return `${who}Status: ${text(m.status)}\\nSources: ${text(sources)}`;
}

/**
 * An RFC 5545 calendar of meetings as all-day events. UIDs are the meeting ids, so a subscribed calendar updates
 * events in place instead of duplicating them; DTSTAMP is the data version's time, so an unchanged feed is
 * byte-identical. Written here rather than by ical-generator, whose output it reproduces byte for byte
 * (tests/formats/ical.test.ts): that library measured its UTF-8 length character by character with a new
 * TextEncoder each, 0.55 ms per event, most of a calendar's cost (420 ms for a country's 756 meetings of a year).
 * Each event is one string built in one expression, and what needs no escaping or folding is not copied: 14
 * strings per event in one array, two regular expressions per text and a Date per day made it 16 µs an event.
 */
export function meetingsToIcal(
  meetings: Iterable<CalendarMeeting>,
  options: { baseUrl: string; stamp: Date },
): string {
  const { baseUrl } = options;
  const stamp = `\r\nSEQUENCE:0\r\nDTSTAMP:${utcStamp(options.stamp)}\r\nDTSTART;VALUE=DATE:`;
  const allDay = "\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nX-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r\n";
  const parts = [header];
  for (const m of meetings) {
    parts.push(
      `BEGIN:VEVENT\r\n${fold(`UID:${m.id}@diplomatic-talks-timeline`)}${stamp}${compactDate(m.date)}` +
        // DTEND of an all-day event is exclusive: the day after the last day.
        `\r\nDTEND;VALUE=DATE:${compactDayAfter(m.endDate ?? m.date)}${allDay}` +
        `${fold(`SUMMARY:${text(m.title)}`)}\r\n${fold(`LOCATION:${text(m.city)}\\, ${text(m.country)}`)}\r\n` +
        `${fold(`DESCRIPTION:${description(m, baseUrl)}`)}\r\n` +
        `${fold(`URL;VALUE=URI:${baseUrl}/meetings/${m.id}`)}\r\nEND:VEVENT`,
    );
  }
  parts.push("END:VCALENDAR");
  return parts.join("\r\n");
}
