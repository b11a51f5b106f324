import type { PersonRecord } from "../coreference/people.js";
import { alternation, NAME_WORDS } from "../lexicon/index.js";
import type { ArticleDocument } from "../structure/document.js";
import type { PersonProfile } from "./roles.js";

// "Datuk Seri Anwar Ibrahim", "Tan Sri Abang Johari", "Tengku Zafrul": honours one state confers, written before the
// name, say whose the person is when no title does (the reports that use them are often filed from abroad, where the
// dateline's state is the host's).
const HONORIFIC_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${alternation(Object.keys(NAME_WORDS.honorificStates))})\\s+$`,
  "u",
);

/** Fills the side of each person written after a state's honour, where nothing else gave one. */
export function inheritHonorificStates(
  doc: ArticleDocument,
  records: PersonRecord[],
  profiles: PersonProfile[],
): void {
  records.forEach((person, i) => {
    const profile = profiles[i];
    if (!profile || profile.affiliation) return;
    for (const m of person.mentions) {
      const honour = HONORIFIC_BEFORE.exec(doc.work.slice(Math.max(0, m.start - 20), m.start))?.[1];
      const state = honour ? NAME_WORDS.honorificStates[honour] : undefined;
      if (state) {
        profile.affiliation = state;
        return;
      }
    }
  });
}
