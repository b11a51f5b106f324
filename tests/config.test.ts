import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("defaults to a file database on port 3000", () => {
    expect(loadConfig({})).toEqual({
      DATABASE_PATH: "data/timeline.db",
      PORT: 3000,
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
    });
  });

  it("reads overrides and rejects invalid values with a clear message", () => {
    expect(loadConfig({ PORT: "8080", DATABASE_PATH: "/tmp/x.db" })).toMatchObject({
      PORT: 8080,
      DATABASE_PATH: "/tmp/x.db",
    });
    expect(() => loadConfig({ PORT: "http" })).toThrow(/invalid configuration: PORT/);
  });
});
