import { relative } from "node:path";
import { type App, buildApp } from "./app.js";
import { startWorkersIfAsked } from "./cluster.js";
import { type Config, loadConfig } from "./config.js";
import { seedsFolder } from "./paths.js";
import { failToStart } from "./startup.js";

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  failToStart(error);
}

// WORKERS=N (N > 1): this process becomes a cluster primary and never gets past this line; its workers do.
await startWorkersIfAsked(config);

let app: App;
try {
  app = await buildApp({
    databasePath: config.DATABASE_PATH,
    seedsFolder,
    logger: { level: config.LOG_LEVEL },
    apiToken: config.API_TOKEN,
    writeRateLimit: config.WRITE_RATE_LIMIT,
    readOnly: config.READ_ONLY,
    trustProxy: config.TRUST_PROXY,
  });
} catch (error) {
  failToStart(error);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, "shutting down");
    // In-flight requests get SHUTDOWN_TIMEOUT_MS (10 s) to finish, then the process ends anyway.
    const grace = config.SHUTDOWN_TIMEOUT_MS;
    setTimeout(() => {
      app.log.error(`shutdown took longer than ${grace / 1000} s, exiting`);
      process.exit(1);
    }, grace).unref();
    app.close().then(
      () => process.exit(0),
      (error) => {
        app.log.error(error);
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  await app.close().catch(() => {});
  failToStart(error);
}

// One line that says what this start did: where the data is, whether the seed was loaded, where to look.
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : config.PORT;
const host = ["0.0.0.0", "::"].includes(config.HOST) ? "localhost" : config.HOST;
const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
const { database, articles, meetings } = app.startReport;
const seeded = app.startReport.seeded && relative(process.cwd(), app.startReport.seeded);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
app.log.info(
  { database, seeded: Boolean(seeded), articles, meetings, page: `${origin}/`, docs: `${origin}/docs` },
  `ready: database ${database} (${seeded ? `seed loaded from ${seeded}: ` : ""}${plural(articles, "article")}, ${plural(meetings, "meeting")}); page ${origin}/ — docs ${origin}/docs`,
);
