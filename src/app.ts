import { randomUUID } from "node:crypto";
import Fastify, { type FastifyServerOptions } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import pkg from "../package.json" with { type: "json" };
import { type Db, openDatabase, type SqliteMemoryOptions } from "./db/client.js";
import { registerBodyParsers } from "./http/body-parsers.js";
import { type CountCacheOptions, createCountCache } from "./http/count-cache.js";
import { sendProblem } from "./http/problem.js";
import { registerStrictQuery } from "./http/strict-query.js";
import { requireToken } from "./plugins/app/auth.js";
import { type ResponseCacheOptions, registerCaching } from "./plugins/app/caching.js";
import { registerDatabase } from "./plugins/app/database.js";
import { registerErrorHandlers } from "./plugins/app/errors.js";
import { RequestLog } from "./plugins/app/request-log.js";
import { responseSerializerCompiler, type SerializerMode } from "./plugins/app/serializer.js";
import { registerHttpPlugins } from "./plugins/external/http.js";
import { registerSecurity } from "./plugins/external/security.js";
import { registerSwagger } from "./plugins/external/swagger.js";
import webPage from "./plugins/external/web.js";
import articleRoutes from "./routes/articles/index.js";
import articleWriteRoutes from "./routes/articles/write.js";
import changeRoutes from "./routes/changes/index.js";
import correctionRoutes from "./routes/corrections/index.js";
import meetingActRoutes from "./routes/corrections/meeting-acts.js";
import exportRoutes from "./routes/exports/index.js";
import feedRoutes from "./routes/feeds/index.js";
import healthRoutes from "./routes/health/index.js";
import meetingRoutes from "./routes/meetings/index.js";
import metaRoutes from "./routes/meta/index.js";
import participantRoutes from "./routes/participants/index.js";
import quoteRoutes from "./routes/quotes/index.js";
import { prepareDatabase } from "./startup.js";

export interface AppOptions {
  /** SQLite file to open (created and migrated if needed); ignored when `db` is given. Default: in memory. */
  databasePath?: string;
  /** An already open database, left open when the app closes. */
  db?: Db;
  /** Folder of articles to load when the database holds no article yet; null to load nothing. */
  seedsFolder?: string | null;
  logger?: FastifyServerOptions["logger"];
  /** Enables the write routes; without it they answer 503. */
  apiToken?: string | undefined;
  /** Write requests allowed per client and minute (default 60). */
  writeRateLimit?: number;
  /**
   * A read-only replica of a database another process writes: the file is opened read-only and must exist, is
   * neither migrated nor seeded, and write routes answer 503. Caches still follow the writer's data version.
   */
  readOnly?: boolean;
  /** Bounds of the rendered-response cache; `{ maxEntries: 0 }` turns it off. */
  responseCache?: ResponseCacheOptions;
  /** Bounds of the cache of list totals; `{ maxEntries: 0 }` counts on every request. */
  countCache?: CountCacheOptions;
  /** How responses are serialised: compiled from the schemas (default) or checked by zod first. */
  serializer?: SerializerMode;
  /** SQLite's memory map and page cache for the database opened from `databasePath`. */
  sqliteMemory?: SqliteMemoryOptions;
  /**
   * Where `/export/*` keeps its snapshot of the current data version. Default: `<databasePath>.exports/` beside a
   * database file, else a temporary folder removed when the app closes.
   */
  exportFolder?: string;
  /**
   * Trust X-Forwarded-* headers (Fastify's trustProxy: true or the proxies' addresses), so links and the
   * documented server name the origin clients reach behind a reverse proxy. Default: false.
   */
  trustProxy?: FastifyServerOptions["trustProxy"];
}

/** What the app found or did when it was built, for the server's start line. */
export interface StartReport {
  database: string;
  /** The seed folder loaded at this start, or null when the database already held articles. */
  seeded: string | null | undefined;
  articles: number;
  meetings: number;
}

declare module "fastify" {
  interface FastifyInstance {
    startReport: StartReport;
  }
}

/** The only way to get the application: used by the server, the CLI and the tests alike. */
export async function buildApp(options: AppOptions = {}) {
  const logger = options.logger ?? false;
  const app = Fastify({
    logger,
    logController: new RequestLog(
      typeof logger === "object" && ["debug", "trace"].includes(String(logger.level)),
    ),
    trustProxy: options.trustProxy ?? false,
    // Clients may send ids and filters with trailing slashes or in any case of the route path.
    // Ids longer than the router's default 100 characters reach the route, whose schema refuses them by name.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    bodyLimit: 1024 * 1024,
    // A client's X-Request-Id is kept (so its logs and ours line up), else a fresh UUID.
    requestIdHeader: "x-request-id",
    genReqId: () => randomUUID(),
    // Errors the router raises before any handler (a malformed percent-encoded path) are problems too.
    frameworkErrors: (error, request, reply) =>
      sendProblem(request, reply, {
        type: "about:blank",
        title: "Bad Request",
        status: 400,
        detail: `${error.message}; percent-encode the path (encodeURIComponent) and keep ids under 1000 characters`,
      }),
  }).withTypeProvider<ZodTypeProvider>();
  // Callback style: a hook on every response should not cost a promise.
  app.addHook("onSend", (request, reply, payload, done) => {
    reply.header("x-request-id", request.id);
    done(null, payload);
  });

  const db =
    options.db ??
    openDatabase(options.databasePath ?? ":memory:", { ...options.sqliteMemory, readonly: options.readOnly });
  const countOf = (table: "articles" | "meetings") =>
    db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  let seeded = false;
  try {
    if (!options.readOnly) seeded = await prepareDatabase(db, options.seedsFolder);
  } catch (error) {
    if (!options.db) db.$client.close();
    throw error;
  }
  registerDatabase(app, db, !options.db);
  app.decorate("startReport", {
    database: options.db ? "(given)" : (options.databasePath ?? ":memory:"),
    seeded: seeded ? options.seedsFolder : null,
    articles: countOf("articles"),
    meetings: countOf("meetings"),
  } satisfies StartReport);
  app.decorate("countCache", createCountCache(options.countCache));

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler(options.serializer));
  registerErrorHandlers(app);
  registerBodyParsers(app);
  registerStrictQuery(app);
  await registerHttpPlugins(app);
  await registerSecurity(app);
  registerCaching(app, pkg.version, options.responseCache);
  // The docs plugin must see every route, so it is registered before them.
  await registerSwagger(app, pkg.version);

  await app.register(meetingRoutes);
  await app.register(feedRoutes);
  await app.register(participantRoutes);
  await app.register(quoteRoutes);
  await app.register(articleRoutes);
  const writes = {
    requireToken: requireToken(options.apiToken, options.readOnly),
    rateLimit: { max: options.writeRateLimit ?? 60, timeWindow: "1 minute" },
  };
  await app.register(articleWriteRoutes, writes);
  await app.register(correctionRoutes, writes);
  await app.register(meetingActRoutes, writes);
  await app.register(changeRoutes);
  await app.register(metaRoutes);
  const fileDatabase = !options.db && options.databasePath && options.databasePath !== ":memory:";
  await app.register(exportRoutes, {
    snapshotFolder: options.exportFolder ?? (fileDatabase ? `${options.databasePath}.exports` : undefined),
  });
  await app.register(healthRoutes);
  await app.register(webPage);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
