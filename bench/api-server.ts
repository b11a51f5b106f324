import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import helmet from "helmet";
import { buildApp } from "../src/app.js";
import { startWorkersIfAsked } from "../src/cluster.js";
import { loadConfig } from "../src/config.js";
import { type Db, openDatabase } from "../src/db/client.js";
import * as schema from "../src/db/schema.js";
import { seedsFolder } from "../src/paths.js";
import { unprepared } from "./unprepared.js";

/**
 * The API with some of its performance means switched off, to measure what each one pays:
 * `tsx bench/api-server.ts no-cache,zod,default-pragmas,unprepared` (any subset), with DATABASE_PATH,
 * PORT, HOST and WORKERS in the environment like the real server.
 *   no-cache         no response cache (ETag/304 still work) and no cache of list totals
 *   zod              responses checked by zod and written by JSON.stringify instead of fast-json-stringify
 *   default-pragmas  SQLite's defaults: no mmap, 2 MB page cache, default synchronous (FULL)
 *   unprepared       every statement prepared again on every call
 *   mmap=MB          PRAGMA mmap_size of MB megabytes (0: no memory map)
 *   page-cache=MB    PRAGMA cache_size of MB megabytes
 *   cache-bytes=MB   response cache capped at MB megabytes of bodies
 *   eager-extract    the extractor imported at start (as before it was loaded lazily)
 *   helmet-headers   helmet's full set on every response, JSON included (as before the JSON responses were trimmed)
 */
// "as-built": no variant (an argument the bench can always pass).
const variants = new Set((process.argv[2] ?? "").split(",").filter((v) => v && v !== "as-built"));
const sized = (name: string): number | undefined => {
  const v = [...variants].find((x) => x.startsWith(`${name}=`));
  return v === undefined ? undefined : Number(v.slice(name.length + 1)) * 1024 * 1024;
};
const sizedKib = (name: string): number | undefined => {
  const bytes = sized(name);
  return bytes === undefined ? undefined : bytes / 1024;
};
for (const v of variants) {
  const known = [
    "no-cache",
    "zod",
    "default-pragmas",
    "unprepared",
    "eager-extract",
    "helmet-headers",
  ].includes(v);
  if (!known && !/^(mmap|page-cache|cache-bytes)=\d+(\.\d+)?$/.test(v))
    throw new Error(`unknown variant ${v}`);
}
if (variants.has("eager-extract")) await import("../src/ingest/store.js");
await startWorkersIfAsked();
const noCache = variants.has("no-cache");
const sqliteMemory = { mmapBytes: sized("mmap"), cacheKib: sizedKib("page-cache") };

const config = loadConfig();
let db: Db | undefined;
if (variants.has("default-pragmas") || variants.has("unprepared")) {
  let sqlite: Database.Database;
  if (variants.has("default-pragmas")) {
    sqlite = new Database(config.DATABASE_PATH);
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
  } else {
    sqlite = openDatabase(config.DATABASE_PATH, sqliteMemory).$client;
  }
  const client = variants.has("unprepared") ? unprepared(sqlite) : sqlite;
  db = drizzle({ client, schema }) as Db;
}
const app = await buildApp({
  databasePath: config.DATABASE_PATH,
  db,
  seedsFolder,
  logger: config.LOG_LEVEL === "silent" ? false : { level: config.LOG_LEVEL },
  sqliteMemory,
  serializer: variants.has("zod") ? "zod" : "compiled",
  responseCache: noCache ? { maxEntries: 0 } : { maxBytes: sized("cache-bytes") },
  countCache: noCache ? { maxEntries: 0 } : {},
});
if (variants.has("helmet-headers")) {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet({ contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: "cross-origin" } })(
    {} as never,
    response as never,
    () => {},
  );
  app.addHook("onRequest", (_request, reply, done) => {
    for (const [name, value] of headers) if (!reply.hasHeader(name)) reply.header(name, value);
    done();
  });
}
// For the bench's mixed workload: the response cache's hit rate, read after the run (POST: never cached itself).
app.post("/__bench/cache-stats", { schema: { hide: true } }, async () => app.responseCacheStats());
process.once("SIGTERM", () => app.close().then(() => process.exit(0)));
await app.listen({ port: config.PORT, host: config.HOST });
