import { availableParallelism } from "node:os";
import { z } from "zod";

const configSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("data/timeline.db"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Writes are enabled only with a token; an empty value counts as none.
  API_TOKEN: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  WRITE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  // A read-only replica: opens the file read-only, never migrates or seeds, answers writes 503.
  READ_ONLY: z
    .enum(["", "0", "1", "false", "true"])
    .default("")
    .transform((v) => v === "1" || v === "true"),
  // How many server processes share the port: 1 is this process alone, `auto` one per core (see cluster.ts).
  WORKERS: z
    .string()
    .trim()
    .default("1")
    .transform((v) => (v === "auto" ? String(availableParallelism()) : v || "1"))
    .pipe(z.coerce.number<string>().int().min(1).max(64)),
  // How long requests in flight may take to finish after SIGTERM/SIGINT before the process exits anyway.
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  // Behind a reverse proxy: `true`, or the proxies' addresses (comma-separated), to trust X-Forwarded-*.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v): boolean | string => (!v || v === "false" ? false : v === "true" ? true : v)),
});

export type Config = z.infer<typeof configSchema>;

/** The only place that reads process.env: every setting is validated once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid configuration: ${details}`);
  }
  return parsed.data;
}
