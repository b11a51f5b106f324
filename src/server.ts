import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import { seedsFolder } from "./paths.js";

const config = loadConfig();
const app = await buildApp({
  databasePath: config.DATABASE_PATH,
  seedsFolder,
  logger: { level: config.LOG_LEVEL },
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, "shutting down");
    app.close().then(
      () => process.exit(0),
      (error) => {
        app.log.error(error);
        process.exit(1);
      },
    );
  });
}

await app.listen({ port: config.PORT, host: config.HOST });
