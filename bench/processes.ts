import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/**
 * A bench server (`bench/NAME.ts`) compiled to plain JavaScript in `bench/.build/` (gitignored), so it runs on node
 * alone as the built server does: under tsx the same code served ~35% fewer requests a second (bench/edge.ts).
 * Dependencies stay external; `src/paths.ts` finds the project from there as from `dist/`.
 */
export async function compileBenchServer(name: string): Promise<string> {
  const folder = dirname(fileURLToPath(import.meta.url));
  const outfile = join(folder, ".build", `${name}.mjs`);
  await build({
    entryPoints: [join(folder, `${name}.ts`)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    plugins: [
      {
        // Data files a module requires next to itself (city-alternates.json) are found from its own place in
        // src/, not from bench/.build/ where the bundle runs: without it every city filter answered 500.
        name: "require-from-source",
        setup(b) {
          b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
            const source = await readFile(args.path, "utf8");
            if (!source.includes("createRequire(import.meta.url)")) return undefined;
            const here = JSON.stringify(pathToFileURL(args.path).href);
            return {
              contents: source.replaceAll("createRequire(import.meta.url)", `createRequire(${here})`),
              loader: "ts",
            };
          });
        },
      },
    ],
  });
  return outfile;
}

/** A free loopback port, found by letting the OS pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const running = new Set<ChildProcess>();
/** Children never outlive the bench, whatever ends it. */
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * The node flags of the `start` script in ROOT's package.json: a build is measured as its own `npm start` runs it,
 * so a build before a change of flags keeps the flags it shipped with.
 */
export function startFlags(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  return words.slice(words.indexOf("node") + 1).filter((w) => w.startsWith("--"));
}

export interface Server {
  child: ChildProcess;
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `node ENTRY ARGS` on a loopback port and waits until `readyPath` answers 200 (bounded). LOG_LEVEL is warn
 * unless `env` says otherwise.
 */
export async function startServer(
  entry: string,
  args: string[],
  env: Record<string, string>,
  options: { readyPath?: string; timeoutMs?: number; nodeFlags?: readonly string[]; quiet?: boolean } = {},
): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), entry, ...args], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "warn", ...env },
    // quiet: the server's log lines are written (as a user's terminal or log pipe takes them) but not shown.
    stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit"],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => running.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${entry} exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}${options.readyPath ?? "/healthz"}`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${entry} was not ready within ${(options.timeoutMs ?? 120_000) / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, url, stop };
}

/** Resident memory of a process in MB, from /proc (Linux); 0 when it is gone. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU time a process has used so far (user + system), in ms, from /proc (Linux): what a request costs the server,
 * unlike req/s, barely moved by other load on the machine.
 */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** The pids of a process's children (cluster workers), from /proc. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Samples the RSS of a process and its children while load runs: the peak of the largest one and of the sum. */
export function sampleRss(pid: number, everyMs = 200) {
  const peak = { process: 0, total: 0 };
  const sample = () => {
    const pids = [pid, ...childPids(pid)];
    const values = pids.map(rssMb);
    peak.process = Math.max(peak.process, ...values);
    peak.total = Math.max(
      peak.total,
      values.reduce((a, b) => a + b, 0),
    );
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
