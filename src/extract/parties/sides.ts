import { COUNTRY_ADJECTIVE, escapeRegExp, RELIGIOUS_HONORIFICS } from "../lexicon/index.js";
import type { ArticleDocument } from "../structure/document.js";
import type { AffiliationContext } from "./roles.js";

// Honorifics written before a name: part of neither the title nor the side.
export const HONORIFIC = new RegExp(
  `^(?:Dr|Datuk|Dato['’]?|Datuk\\s+Seri|Seri|Tan\\s+Sri|Sri|${RELIGIOUS_HONORIFICS}|Ayatollah|H\\.?E\\.?|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Amb)\\.?$`,
);

/** "Sheikh", "Dr": an honorific is nobody's side; "Staff" of "Chief of Staff" is a word of the title itself. */
export function sideOrNull(role: string | null, affiliation: string | null): string | null {
  if (!affiliation || HONORIFIC.test(affiliation)) return null;
  // ("Chairman of the Leadership Council": a body the title names is part of the title, not the side.)
  return role && ` ${role.toLowerCase()} `.includes(` ${affiliation.toLowerCase()} `) ? null : affiliation;
}

/** "The TPLF team was headed by …", "The government delegation was led by …": whom the delegation represents. */
export function affiliationOfSubject(
  doc: ArticleDocument,
  subject: string,
  offset: number,
  ctx: AffiliationContext,
): string | null {
  for (const [acronym, name] of ctx.groups)
    if (new RegExp(`\\b${escapeRegExp(acronym)}\\b`).test(subject)) return name;
  const inSubject = ctx.entities.find((e) => e.start >= offset && e.end <= offset + subject.length);
  if (/\bgovernment\b/i.test(subject)) {
    const owner = /(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)[’']s\s+(?:[\p{Ll}-]+\s+){0,3}government\b/u.exec(
      doc.work,
    )?.[1];
    const country = owner
      ? ctx.entities.find((e) => e.kind === "country" && doc.work.slice(e.start, e.end) === owner)?.name
      : inSubject?.name;
    const adjective = country ? COUNTRY_ADJECTIVE.get(country) : undefined;
    if (adjective) return `${adjective} government`;
  }
  if (inSubject) return inSubject.name;
  // A faction named by an adjective: "The Houthi side" → "Houthis".
  const faction = /\b(\p{Lu}\p{Ll}+)\s+(?:side|movement|rebels|delegation|team)\b/u.exec(subject)?.[1];
  // ("The Taliban side": a name already plural keeps its form.)
  if (faction && !/^The$/.test(faction)) return /(?:s|an)$/.test(faction) ? faction : `${faction}s`;
  return null;
}
