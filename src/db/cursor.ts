/** Raised for a cursor that this server did not issue or that no longer fits the query. */
export class InvalidCursorError extends Error {
  override name = "InvalidCursorError";
}

/** Keyset cursors are the sort key of the last row of a page, as base64url JSON: opaque to clients. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("the cursor is not one this API issued");
  }
  if (
    !Array.isArray(key) ||
    key.length !== arity ||
    !key.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))
  ) {
    throw new InvalidCursorError("the cursor is not one this API issued");
  }
  return key as (string | number)[];
}
