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

/**
 * `count` of `/quotes`: also `exact`, a search's total counted exactly up to the lists' bound (10,000) instead of
 * its own (100), for a researcher who needs the number and accepts a slower answer (~0.55 µs a match counted:
 * 3 ms of CPU on average over random word pairs at 1M quotes, docs/scaling.md, twelfth round).
 */
export const quoteCountParam = z
  .enum(["true", "false", "exact"])
  .default("true")
  .transform((v): boolean | "exact" => (v === "exact" ? "exact" : v === "true"))
  .describe(
    "`false` skips counting the matching rows: no `page.total` nor `X-Total-Count`, a faster answer. " +
      "`exact` counts a full-text search (`q`) exactly up to 10,000 matches, as every other list is, where by " +
      "default it stops at 100 (counting reads every match: ~3 ms more on average at a million quotes, tens of " +
      "milliseconds at worst); past 10,000 the total is 10,000 with `totalRelation: gte`. Without `q` it is the " +
      "same as `true`.",
  );

export const countParam = booleanParam
  .default(true)
  .describe(
    "`false` skips counting the matching rows: no `page.total` nor `X-Total-Count`, a faster answer.",
  );
