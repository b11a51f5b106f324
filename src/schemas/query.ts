import { z } from "zod";

/** A comma-separated query parameter whose items come from a fixed set: `include=participants,quotes`. */
export function commaList<const T extends readonly [string, ...string[]]>(values: T) {
  return (
    z
      .string()
      .max(200)
      // The documented form is the input string, so the example lives on it.
      .meta({ examples: [values.slice(0, 2).join(",")] })
      .transform((s) =>
        s
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(values)))
      .optional()
  );
}

/** `true`/`false` in a query string (z.coerce.boolean would read "false" as true). */
export const booleanParam = z.enum(["true", "false"]).transform((v) => v === "true");

export const searchParam = z
  .string()
  .max(500)
  .optional()
  .describe('Full-text search. Words must all match; "double quotes" match a phrase. Accents are ignored.');

export const countParam = booleanParam
  .default(true)
  .describe(
    "`false` skips counting the matching rows: no `page.total` nor `X-Total-Count`, a faster answer.",
  );
