import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** Loads a server with autocannon for `seconds`, rotating through `paths` (one URL each request). */
export async function load(
  baseUrl: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const path = paths[next++ % paths.length] as string;
          return { ...request, path };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The median round of each figure; errors summed over rounds. */
export function summarise(rounds: readonly LoadResult[]) {
  return {
    rps: Math.round(median(rounds.map((r) => r.rps))),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    maxP99: Math.max(...rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors + r.non2xx, 0),
    rounds: rounds.map((r) => Math.round(r.rps)),
  };
}
export type Summary = ReturnType<typeof summarise>;
