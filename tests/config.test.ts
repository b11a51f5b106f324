import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("defaults to a file database on port 3000", () => {
    expect(loadConfig({})).toEqual({
      DATABASE_PATH: "data/timeline.db",
      PORT: 3000,
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      API_TOKEN: undefined,
      WRITE_RATE_LIMIT: 60,
      WORKERS: 1,
      READ_ONLY: false,
      SHUTDOWN_TIMEOUT_MS: 10_000,
      TRUST_PROXY: false,
    });
  });

  it("reads overrides and rejects invalid values with a clear message", () => {
    expect(loadConfig({ PORT: "8080", DATABASE_PATH: "/tmp/x.db" })).toMatchObject({
      PORT: 8080,
      DATABASE_PATH: "/tmp/x.db",
    });
    expect(() => loadConfig({ PORT: "http" })).toThrow(/invalid configuration: PORT/);
    expect(loadConfig({ API_TOKEN: "" }).API_TOKEN).toBeUndefined();
    expect(loadConfig({ API_TOKEN: "s3cret", WRITE_RATE_LIMIT: "5" })).toMatchObject({
      API_TOKEN: "s3cret",
      WRITE_RATE_LIMIT: 5,
    });
    expect(loadConfig({ WORKERS: "4" }).WORKERS).toBe(4);
    expect(loadConfig({ READ_ONLY: "1" }).READ_ONLY).toBe(true);
    expect(() => loadConfig({ READ_ONLY: "yes please" })).toThrow(/invalid configuration: READ_ONLY/);
    expect(loadConfig({ WORKERS: "auto" }).WORKERS).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ WORKERS: "0" })).toThrow(/invalid configuration: WORKERS/);
    expect(() => loadConfig({ WORKERS: "many" })).toThrow(/invalid configuration: WORKERS/);
  });
});
