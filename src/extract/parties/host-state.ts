import type { PersonRecord } from "../coreference/people.js";
import { hasMeetingTrigger } from "../events/trigger-words.js";
import type { CountryVenue } from "../mentions/country-venues.js";
import type { PlaceMention } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import { GOVERNMENT_OFFICE } from "./home-state.js";
import type { PersonProfile } from "./roles.js";

// "Pompeo will go on to Sochi, Russia, to hold talks with President Vladimir Putin", "bilateral talks in Paris on
// Thursday evening with President Hollande", "Kuleba and President Zelensky will meet him in Kyiv": an officer of a
// government the report names without a state, met in one country's city, holds that country's office. The visitor is
// the one a report gives a state ("U.S. Secretary of State"), which the roles stage has read already.

const MET_BEFORE =
  /\b(?:with|met|meet|meets|meeting|received\s+by|hosted\s+by|welcomed\s+by|guest\s+of|called\s+on|calls\s+on|call\s+on|audience\s+with)\s+(?:the\s+|his\s+|her\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,5}$/u;

/** Fills the state of officers met in a sentence whose meeting venues are all in one country. */
export function inheritHostStates(
  doc: ArticleDocument,
  records: PersonRecord[],
  profiles: PersonProfile[],
  places: PlaceMention[],
  countryVenues: CountryVenue[],
  narrative: string,
): void {
  records.forEach((record, i) => {
    const profile = profiles[i];
    if (!profile || profile.affiliation || !profile.role || !GOVERNMENT_OFFICE.test(profile.role)) return;
    for (const mention of record.mentions) {
      const sentence = sentenceAt(doc.sentences, mention.start);
      if (!sentence || !hasMeetingTrigger(narrative, sentence)) continue;
      const venues = places.filter((p) => p.venue && p.start >= sentence.start && p.end <= sentence.end);
      // ("will head to Ecuador for a meeting with President Daniel Noboa": a state named as the venue counts too.)
      const states = countryVenues.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
      const countries = new Set([...venues.map((p) => p.country), ...states.map((c) => c.country)]);
      if (countries.size !== 1) continue;
      const [country] = countries;
      // (Unless the sentence names that state's holder of the office already.)
      const taken = records.some(
        (other, k) =>
          other !== record &&
          profiles[k]?.affiliation === country &&
          profiles[k]?.role === profile.role &&
          other.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
      );
      // (The one met, not the one meeting: "talks with President X", "received by X", "a guest of X".)
      // ("At Merdeka Palace, Jakarta, President Joko Widodo welcomed …": or the host, who receives.)
      const met =
        MET_BEFORE.test(doc.work.slice(Math.max(sentence.start, mention.start - 60), mention.start)) ||
        /^,?\s+(?:welcomed|received|hosted|welcomes|receives|hosts)\b/.test(
          doc.work.slice(mention.end, mention.end + 20),
        );
      if (country && !taken && met) profile.affiliation = country;
      return;
    }
  });
}
