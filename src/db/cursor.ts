import { createHash } from "node:crypto";

/** Raised for a cursor that this server did not issue or that no longer fits the query. */
export class InvalidCursorError extends Error {
  override name = "InvalidCursorError";
}

/**
 * Keyset cursors are the sort key of the last row of a page, as base64url JSON: opaque to clients. The first
 * item names the list and order the cursor was made for (a short hash of the query's shape), so a cursor of
 * `/meetings?sort=-date` given to `sort=date`, or one of `/quotes` given to `/meetings`, is refused instead of
 * silently answering an empty or wrong page.
 */
export function encodeCursor(scope: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([scope, ...key]), "utf8").toString("base64url");
}

/** A short, stable name for a list query's shape (its SELECT, sort key and direction). */
export function cursorScope(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 8);
}

const isKey = (v: unknown): v is string | number =>
  typeof v === "string" || (typeof v === "number" && Number.isFinite(v));

export function decodeCursor(cursor: string, scope: string, arity: number): (string | number)[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("the cursor is not one this API issued");
  }
  const keys: unknown[] = Array.isArray(value) ? value.slice(1) : [];
  if (
    !Array.isArray(value) ||
    value.length !== arity + 1 ||
    typeof value[0] !== "string" ||
    !keys.every(isKey)
  ) {
    throw new InvalidCursorError("the cursor is not one this API issued");
  }
  if (value[0] !== scope) {
    throw new InvalidCursorError("the cursor was made for another list or sort order");
  }
  return keys;
}
