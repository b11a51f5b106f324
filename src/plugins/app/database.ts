import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client.js";
import { createRepositories, type Repositories } from "../../db/queries/index.js";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
    repositories: Repositories;
  }
}

/** Makes the database and its prepared read queries available to routes; closes it with the app. */
export function registerDatabase(app: FastifyInstance, db: Db, closeOnShutdown: boolean): void {
  app.decorate("db", db);
  app.decorate("repositories", createRepositories(db.$client));
  if (closeOnShutdown) {
    app.addHook("onClose", async () => {
      // Fold the WAL back into the main file so a copied database file is complete (the writer's job).
      if (!db.$client.readonly) db.$client.pragma("wal_checkpoint(TRUNCATE)");
      db.$client.close();
    });
  }
}
