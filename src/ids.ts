import { createHash } from "node:crypto";

// Shared by ingest (which makes ids and folded keys) and db/queries (which look records up by them).

/** Lower-case ASCII words joined by hyphens: "Sergey Ryabkov" → "sergey-ryabkov", "Genève" → "geneve". */
export function slugify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// Ids are derived from content, never from insertion order, so they survive re-seeding and re-installs.
export const articleId = (date: string, textHash: string): string => `${date}-${textHash.slice(0, 10)}`;
export const meetingId = (date: string, city: string): string => `${date}-${slugify(city)}`;
export const participantId = (name: string): string => slugify(name);

/** A quote is the same quote when the same speaker says the same words, whatever article reports it. */
export function quoteId(speakerId: string | null, text: string): string {
  const normalised = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return `q-${sha256(`${speakerId ?? ""}|${normalised}`).slice(0, 12)}`;
}
