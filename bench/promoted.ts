import { type ChildProcess, spawn } from "node:child_process";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/paths.js";
import { mixedUrls, runMixed } from "./mixed.js";

/**
 * `npm run build && npx tsx bench/promoted.ts --db FILE [--cache on|off] [--duration 15] [--connections 32]
 *   [--family F] [--stacks] [--node-flags="FLAGS"]`
 *
 * What a request of the mixed workload leaves behind in the heap: the built app (`dist/src/app.js`, `buildApp` as
 * the server calls it, read-only over FILE; `--cache off` adds `responseCache: { maxEntries: 0 }` and `countCache:
 * { maxEntries: 0 }`) listens in a child node under `npm start`'s flags and `--trace-gc-nvp`, and this process
 * sends it the mix (autocannon, Zipf over the URLs `bench:mixed` draws), 5 s to warm up, then the measured round.
 * Reported over the measured round: bytes allocated, promoted by scavenges and GC pauses per request, and the
 * allocation sites of what the round allocated that is still uncollected at its end (V8's sampling heap profiler
 * drops a sample when its object is collected, so what remains was promoted, or is the round's last young objects),
 * by the nearest frame of the app's own code (`--stacks`: the chain of the app's frames). `--family`: only the mix's
 * URLs of one family (`meeting`, `window`, `search`, …); `--node-flags`: the child's flags instead of `npm start`'s
 * (`--initial-old-space-size=1024` keeps mark-compacts out of the round, so the sites are all that was promoted).
 */
const { values } = parseArgs({
  options: {
    db: { type: "string" },
    cache: { type: "string", default: "on" },
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "32" },
    "node-flags": { type: "string", default: "--max-semi-space-size=4 --heap-growing-percent=30" },
    stacks: { type: "boolean", default: false },
    family: { type: "string" },
    child: { type: "boolean", default: false },
  },
});
if (!values.db) {
  console.error("usage: npx tsx bench/promoted.ts --db FILE [--cache on|off]");
  process.exit(2);
}

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

if (values.child) {
  const appModule = pathToFileURL(join(projectRoot, "dist", "src", "app.js")).href;
  const { buildApp } = (await import(appModule)) as typeof import("../src/app.js");
  const app = await buildApp({
    databasePath: values.db,
    readOnly: true,
    seedsFolder: null,
    ...(values.cache === "off" ? { responseCache: { maxEntries: 0 }, countCache: { maxEntries: 0 } } : {}),
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const session = new Session();
  session.connect();
  process.on("message", async (message: string) => {
    if (message === "begin") {
      await session.post("HeapProfiler.startSampling", {
        samplingInterval: 1024,
        // Kept: what a mark-compact collected (promoted, then dead); dropped: what scavenges collected.
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: false,
      });
      console.log("MEASURE BEGIN");
      process.send?.("ok");
    } else if (message === "end") {
      console.log("MEASURE END");
      const { profile } = (await session.post("HeapProfiler.getSamplingProfile")) as {
        profile: { head: ProfileNode };
      };
      const bySite = new Map<string, number>();
      const walk = (node: ProfileNode, site: string) => {
        const f = node.callFrame;
        const frame = `${f.functionName || "(anon)"} ${f.url.replace(/.*\/dist\/src\//, "")}:${f.lineNumber + 1}`;
        // With --stacks, the chain of the app's frames (innermost first), else the innermost alone.
        const here = !f.url.includes("/dist/src/")
          ? site
          : values.stacks && site !== "(outside the app's code)"
            ? `${frame} < ${site}`
            : frame;
        if (node.selfSize) bySite.set(here, (bySite.get(here) ?? 0) + node.selfSize);
        for (const child of node.children) walk(child, here);
      };
      walk(profile.head, "(outside the app's code)");
      const stats = app.responseCacheStats();
      process.send?.({ sites: [...bySite], stats });
    }
  });
  process.send?.(typeof address === "object" && address ? address.port : 0);
} else {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(values["node-flags"] ?? "").split(/\s+/).filter(Boolean),
      "--trace-gc-nvp",
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
      "--child",
    ],
    { stdio: ["ignore", "pipe", "inherit", "ipc"] },
  );
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const message = () => new Promise<unknown>((resolve) => child.once("message", resolve));
  const port = (await message()) as number;
  const url = `http://127.0.0.1:${port}`;
  const urls = (await mixedUrls(values.db, url, 1000)).filter(
    (u) => !values.family || u.family === values.family,
  );
  const connections = Number(values.connections);
  await runMixed(url, urls, { seconds: 5, connections, seed: 99 });
  child.send("begin");
  await message();
  const r = await runMixed(url, urls, { seconds: Number(values.duration), connections });
  child.send("end");
  const { sites, stats } = (await message()) as {
    sites: [string, number][];
    stats: { entries: number; bytes: number; hits: number; misses: number };
  };
  child.kill();
  const lines = out.split("\n");
  if (process.env.PROMOTED_DUMP) (await import("node:fs")).writeFileSync(process.env.PROMOTED_DUMP, out);
  const window = lines.slice(lines.indexOf("MEASURE BEGIN") + 1, lines.indexOf("MEASURE END"));
  const gcs = window.filter((l) => /\bgc=/.test(l));
  const sum = (name: string, lines: string[]) =>
    lines.reduce((s, l) => s + Number(new RegExp(`\\b${name}=([\\d.]+)`).exec(l)?.[1] ?? 0), 0);
  const scavenges = gcs.filter((l) => /\bgc=s\b/.test(l));
  const n = r.requests;
  console.log(
    `cache ${values.cache}: ${n} requests (${r.rps} req/s, p99 ${r.p99} ms); response cache ${stats.hits} hits, ` +
      `${stats.misses} misses, ${stats.entries} entries; ${scavenges.length} scavenges, ` +
      `${gcs.length - scavenges.length} mark-compacts, GC pause ${((sum("pause", gcs) * 1000) / n).toFixed(1)} µs/request; ` +
      `allocated ${(sum("allocated", gcs) / n / 1024).toFixed(1)} KB/request, ` +
      `promoted ${(sum("promoted", scavenges) / n).toFixed(0)} B/request`,
  );
  console.log("allocated in the round and not collected at its end (sampled), by the app's nearest frame:");
  for (const [site, bytes] of sites.sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(
      `  ${(bytes / 1024).toFixed(0).padStart(7)} KB  ${(bytes / n).toFixed(0).padStart(5)} B/request  ${site}`,
    );
  process.exit(0);
}
