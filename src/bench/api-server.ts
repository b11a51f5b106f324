import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { buildApp } from "../app.js";
import { startWorkersIfAsked } from "../cluster.js";
import { loadConfig } from "../config.js";
import { type Db, openDatabase, sqliteMemorySettings } from "../db/client.js";
import * as schema from "../db/schema.js";
import { countCacheSettings } from "../http/count-cache.js";
import { seedsFolder } from "../paths.js";
import { responseCacheSettings } from "../plugins/app/caching.js";
import { serializerSettings } from "../plugins/app/serializer.js";
import { unprepared } from "./unprepared.js";

/**
 * The API with some of its performance means switched off, to measure what each one pays:
 * `node dist/src/bench/api-server.js no-cache,zod,default-pragmas,unprepared` (any subset), with DATABASE_PATH,
 * PORT, HOST and WORKERS in the environment like the real server.
 *   no-cache         no response cache (ETag/304 still work) and no cache of list totals
 *   zod              responses checked by zod and written by JSON.stringify instead of fast-json-stringify
 *   default-pragmas  SQLite's defaults: no mmap, 2 MB page cache, default synchronous (FULL)
 *   unprepared       every statement prepared again on every call
 *   mmap=MB          PRAGMA mmap_size of MB megabytes (0: no memory map)
 *   page-cache=MB    PRAGMA cache_size of MB megabytes
 *   cache-bytes=MB   response cache capped at MB megabytes of bodies
 *   eager-extract    the extractor imported at start (as before it was loaded lazily)
 */
const variants = new Set((process.argv[2] ?? "").split(",").filter(Boolean));
const sized = (name: string): number | undefined => {
  const v = [...variants].find((x) => x.startsWith(`${name}=`));
  return v === undefined ? undefined : Number(v.slice(name.length + 1)) * 1024 * 1024;
};
for (const v of variants) {
  const known = ["no-cache", "zod", "default-pragmas", "unprepared", "eager-extract"].includes(v);
  if (!known && !/^(mmap|page-cache|cache-bytes)=\d+(\.\d+)?$/.test(v))
    throw new Error(`unknown variant ${v}`);
}
const mmap = sized("mmap");
if (mmap !== undefined) sqliteMemorySettings.mmapBytes = mmap;
const pageCache = sized("page-cache");
if (pageCache !== undefined) sqliteMemorySettings.cacheKib = pageCache / 1024;
const cacheBytes = sized("cache-bytes");
if (cacheBytes !== undefined) responseCacheSettings.maxBytes = cacheBytes;
if (variants.has("eager-extract")) await import("../ingest/store.js");
await startWorkersIfAsked();
if (variants.has("no-cache")) {
  responseCacheSettings.maxEntries = 0;
  countCacheSettings.maxEntries = 0;
}
if (variants.has("zod")) serializerSettings.mode = "zod";

const config = loadConfig();
let db: Db | undefined;
if (variants.has("default-pragmas") || variants.has("unprepared")) {
  let sqlite: Database.Database;
  if (variants.has("default-pragmas")) {
    sqlite = new Database(config.DATABASE_PATH);
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
  } else {
    sqlite = openDatabase(config.DATABASE_PATH).$client;
  }
  const client = variants.has("unprepared") ? unprepared(sqlite) : sqlite;
  db = drizzle({ client, schema }) as Db;
}
const app = await buildApp({ databasePath: config.DATABASE_PATH, db, seedsFolder, logger: false });
process.once("SIGTERM", () => app.close().then(() => process.exit(0)));
await app.listen({ port: config.PORT, host: config.HOST });
