import { readFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";
import { seededApp } from "../helpers.js";
import { upcomingMeetings } from "./sample-client.js";

describe("generated client types", () => {
  it("are up to date with the OpenAPI document (npm run client:types)", async () => {
    const app = await seededApp();
    const generated = astToString(await openapiTS(JSON.parse(JSON.stringify(app.swagger()))));
    const committed = readFileSync(join(projectRoot, "src/client/api-types.ts"), "utf8");
    const body = (text: string) => text.slice(text.indexOf("export"));
    expect(body(committed)).toBe(body(generated));
  });

  it("serve a sample client that compiles against them and works against the API", async () => {
    const app = await seededApp();
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    const lines = await upcomingMeetings(`http://127.0.0.1:${address.port}`, { organization: "OSCE" });
    expect(lines).toEqual([expect.stringMatching(/^2022-01-13 Vienna, Austria: .* \(scheduled\)$/)]);
  });
});
