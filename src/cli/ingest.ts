import { MultiBar, Presets } from "cli-progress";
import { loadConfig } from "../config.js";
import { type Db, openDatabase } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";
import { type IngestFilesSummary, type IngestProgress, ingestFiles } from "../ingest/files.js";

/**
 * `npm run ingest -- FILE|DIR …`: stores many articles (a DIR means its `*.txt`) in DATABASE_PATH, one transaction
 * per article. Exit code 0 when every file went in or was already there, 1 when a file failed (the others still
 * went in), 2 for a usage error, 130 when interrupted (the articles stored so far stay).
 */
const usage = `usage: npm run ingest -- FILE|DIR [FILE|DIR …]
  Stores article files in DATABASE_PATH; a DIR means its *.txt files, in name order.
  A file already stored (same text) is skipped; a file that is not an article is reported and skipped.`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(usage);
  process.exit(0);
}
const paths = args.filter((a) => a !== "--");
const unknown = paths.find((a) => a.startsWith("-") && a !== "-");
if (paths.length === 0 || unknown) {
  console.error(unknown ? `ingest: unknown option ${unknown}\n${usage}` : usage);
  process.exit(2);
}

let db: Db;
try {
  const config = loadConfig();
  db = openDatabase(config.DATABASE_PATH);
  try {
    runMigrations(db);
  } catch (error) {
    db.$client.close();
    throw error;
  }
} catch (error) {
  console.error(`ingest: ${oneLine(error)}`);
  process.exit(1);
}

// The first signal stops between two articles and prints the summary; a second one ends at once (SQLite rolls
// back the article in progress either way).
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    process.stderr.write(`\ningest: ${signal}, stopping after the current article\n`);
    stop.abort();
  });
}

const progress = process.stderr.isTTY ? barProgress() : lineProgress();
let summary: IngestFilesSummary;
try {
  summary = await ingestFiles(db, paths, { onProgress: progress.update, signal: stop.signal });
} catch (error) {
  progress.stop();
  console.error(`ingest: stopped: ${oneLine(error)}`);
  db.$client.close();
  process.exit(1);
}
progress.stop();
db.$client.close();

const s = summary;
const lines = [
  `files read:      ${s.files}`,
  `articles added:  ${s.added}`,
  `already present: ${s.alreadyPresent}`,
  `failed:          ${s.failed.length}`,
  ...s.failed.map((f) => `  ${f.path}: ${f.reason}`),
  `meetings:        ${s.meetingsCreated} created, ${s.meetingsMerged} existing merged into`,
  `participants:    ${s.participants}`,
  `quotes:          ${s.quotes}`,
];
if (s.warnings > 0) lines.push(`warnings:        ${s.warnings} (see npm run extract -- FILE)`);
if (s.interrupted) {
  lines.push(
    `interrupted: ${s.total - s.files} of ${s.total} files not read; the same command again finishes the job`,
  );
} else if (s.failed.length > 0) {
  lines.push(`${s.failed.length} file(s) failed; the others were stored or already present`);
} else {
  lines.push("all files stored or already present");
}
console.log(lines.join("\n"));
process.exitCode = s.interrupted ? 130 : s.failed.length > 0 ? 1 : 0;

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
}

interface Progress {
  update: (p: IngestProgress) => void;
  stop: () => void;
}

/** A progress bar on a terminal; failures are printed above it. */
function barProgress(): Progress {
  const bars = new MultiBar(
    {
      stream: process.stderr,
      format: "ingest [{bar}] {value}/{total} files | {added} added, {present} present, {failed} failed",
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  let bar: ReturnType<MultiBar["create"]> | undefined;
  return {
    update(p) {
      const values = {
        added: p.summary.added,
        present: p.summary.alreadyPresent,
        failed: p.summary.failed.length,
      };
      bar ??= bars.create(p.total, 0, values);
      if (p.outcome === "failed") bars.log(`ingest: skipped ${p.path}: ${p.reason}\n`);
      bar.update(p.done, values);
    },
    stop: () => bars.stop(),
  };
}

/** Plain lines when stderr is a file or a pipe: each failure, and the count at most once a second. */
function lineProgress(): Progress {
  let last = 0;
  return {
    update(p) {
      if (p.outcome === "failed") console.error(`ingest: skipped ${p.path}: ${p.reason}`);
      const now = Date.now();
      if (now - last >= 1000 || p.done === p.total) {
        last = now;
        const s = p.summary;
        console.error(
          `ingest: ${p.done}/${p.total} files (${s.added} added, ${s.alreadyPresent} present, ${s.failed.length} failed)`,
        );
      }
    },
    stop: () => {},
  };
}
