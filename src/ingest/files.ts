import { readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import Database from "better-sqlite3";
import type { Db } from "../db/client.js";
import { missingBody } from "../text/article.js";
import { decodeText } from "../text/decode.js";
import { errataPathFor, readErrataFor } from "./errata.js";
import { ingestArticle } from "./store.js";

/** A file that could not be ingested, with the reason in a few words. */
export interface FileFailure {
  path: string;
  reason: string;
}

export type FileOutcome = "added" | "present" | "failed";

export interface IngestProgress {
  /** Files handled so far (this one included) and in all. */
  done: number;
  total: number;
  path: string;
  outcome: FileOutcome;
  /** Why the file failed, when it did. */
  reason?: string;
  summary: IngestFilesSummary;
}

export interface IngestFilesSummary {
  /** Files found in the arguments, and files handled (added + alreadyPresent + failed.length). */
  total: number;
  files: number;
  added: number;
  alreadyPresent: number;
  failed: FileFailure[];
  /** Distinct meetings created, and distinct existing meetings an article was merged into. */
  meetingsCreated: number;
  meetingsMerged: number;
  /** Distinct participants named by the added articles (new or already known). */
  participants: number;
  /** Quotes stored (a quote already known is not counted). */
  quotes: number;
  warnings: number;
  /** True when the run was stopped (signal) before every file was handled. */
  interrupted: boolean;
}

export interface IngestFilesOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** Stops between two files (an article is never half stored either way). */
  signal?: AbortSignal;
}

/**
 * Expands FILE|DIR arguments into article files: a directory gives its `*.txt` (sorted by name, not recursive), a
 * file is taken as it is whatever its name. The same file named twice is kept once. Arguments that do not exist
 * are reported as failures (they count as failed files).
 */
export function collectArticleFiles(args: readonly string[]): { files: string[]; failures: FileFailure[] } {
  const files: string[] = [];
  const failures: FileFailure[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const arg of args) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch (error) {
      failures.push({ path: arg, reason: fileErrorReason(error) });
      continue;
    }
    if (!isDirectory) {
      add(arg);
      continue;
    }
    try {
      for (const name of readdirSync(arg)
        .filter((f) => f.endsWith(".txt"))
        .sort()) {
        add(join(arg, name));
      }
    } catch (error) {
      failures.push({ path: arg, reason: fileErrorReason(error) });
    }
  }
  return { files, failures };
}

/**
 * Reads an article file as UTF-8 text (a byte order mark is dropped), decoded and checked as POST /articles
 * does (src/text); throws a FileError with a short reason.
 */
export async function readArticleFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new FileError(fileErrorReason(error));
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    throw new FileError("not UTF-8 text");
  }
  // An empty file is left to the extractor ("empty input"); a header line alone is refused here, as over HTTP.
  const missing = text.trim() === "" ? null : missingBody(text);
  if (missing) throw new FileError(missing);
  return text;
}

/** A problem with one input file (unreadable, not an article, bad errata): that file is skipped. */
export class FileError extends Error {
  override name = "FileError";
}

/**
 * Ingests article files one by one, each in its own transaction (see `ingestArticle`), with the
 * `NAME.errata.json` beside a file when there is one. A file that cannot be read or is not an article is recorded
 * in `failed` and skipped; a database error (disk full, locked for too long…) stops the run by throwing, since
 * every following file would fail the same way.
 */
export async function ingestFiles(
  db: Db,
  paths: readonly string[],
  options: IngestFilesOptions = {},
): Promise<IngestFilesSummary> {
  const { files, failures } = collectArticleFiles(paths);
  const summary: IngestFilesSummary = {
    total: files.length + failures.length,
    files: 0,
    added: 0,
    alreadyPresent: 0,
    failed: [],
    meetingsCreated: 0,
    meetingsMerged: 0,
    participants: 0,
    quotes: 0,
    warnings: 0,
    interrupted: false,
  };
  const created = new Set<string>();
  const merged = new Set<string>();
  const participants = new Set<string>();
  const total = summary.total;
  const report = (path: string, outcome: FileOutcome, reason?: string) => {
    summary.files += 1;
    summary.meetingsCreated = created.size;
    summary.meetingsMerged = merged.size;
    summary.participants = participants.size;
    options.onProgress?.({ done: summary.files, total, path, outcome, reason, summary });
  };

  for (const failure of failures) {
    summary.failed.push(failure);
    report(failure.path, "failed", failure.reason);
  }
  for (const path of files) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    try {
      const text = await readArticleFile(path);
      const errata = readErrataFor(path);
      const result = ingestArticle(db, text, {
        source: path,
        errata,
        errataSource: errata ? errataPathFor(path) : undefined,
      });
      if (result.created) {
        summary.added += 1;
        for (const id of result.meetings.created) created.add(id);
        for (const id of result.meetings.merged) if (!created.has(id)) merged.add(id);
        for (const id of result.participants) participants.add(id);
        summary.quotes += result.quotes.length;
        summary.warnings += result.warnings.length;
        report(path, "added");
      } else {
        summary.alreadyPresent += 1;
        report(path, "present");
      }
    } catch (error) {
      // The database failing is not the file's fault: stop rather than fail every following file.
      if (error instanceof Database.SqliteError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      summary.failed.push({ path, reason });
      report(path, "failed", reason);
    }
    // Lets signals, timers (the progress bar) and I/O run between two articles.
    await nextTurn();
  }
  return summary;
}

function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
