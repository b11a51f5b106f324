import { z } from "zod";

export const healthSchema = z
  .object({ status: z.literal("ok"), articles: z.number().int() })
  .meta({ id: "Health", examples: [{ status: "ok", articles: 1 }] });
