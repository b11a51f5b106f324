import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort, runTs, tempDir, waitFor } from "./faults/helpers.js";

interface LogLine {
  msg: string;
  database?: string;
  seeded?: boolean;
  articles?: number;
  meetings?: number;
  page?: string;
  docs?: string;
}

/** Starts the server as `npm start` does, waits for its start line, stops it, and returns its log lines. */
async function start(databasePath: string): Promise<LogLine[]> {
  const port = await freePort();
  const server = runTs("src/server.ts", [], {
    DATABASE_PATH: databasePath,
    PORT: String(port),
    LOG_LEVEL: "info",
  });
  await waitFor("the start line", () => server.stdout().includes('"msg":"ready:'), 60_000);
  server.process.kill("SIGTERM");
  await server.exited;
  return server
    .stdout()
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as LogLine)
    .map((line) => ({
      ...line,
      page: line.page?.replace(String(port), "PORT"),
      docs: line.docs?.replace(String(port), "PORT"),
    }));
}

describe("npm start", () => {
  it("says once where the database is, whether the seed was loaded, and where the page and docs are", async () => {
    const databasePath = join(tempDir("start"), "timeline.db");
    const first = (await start(databasePath)).filter((line) => line.msg.startsWith("ready:"));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      database: databasePath,
      seeded: true,
      articles: 1,
      meetings: 3,
      page: "http://127.0.0.1:PORT/",
      docs: "http://127.0.0.1:PORT/docs",
    });
    expect(first[0]?.msg).toMatch(
      /^ready: database .*timeline\.db \(seed loaded from seeds: 1 article, 3 meetings\); page http:\/\/127\.0\.0\.1:\d+\/ — docs http:\/\/127\.0\.0\.1:\d+\/docs$/,
    );

    const second = (await start(databasePath)).filter((line) => line.msg.startsWith("ready:"));
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ seeded: false, articles: 1, meetings: 3 });
    expect(second[0]?.msg).not.toMatch(/seed loaded/);
  }, 120_000);
});
