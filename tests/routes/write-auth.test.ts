import { describe, expect, it } from "vitest";
import { http, seededApp, writableApp } from "../helpers.js";

/** Each write route with a body its schema refuses: without a token the answer must still be 401. */
const invalidWrites = [
  ["patch", "/meetings/2022-01-10-geneva", { status: "held" }],
  ["patch", "/participants/sergey-ryabkov", { role: 42 }],
  ["patch", "/quotes/q-x", {}],
  ["post", "/articles", { title: "no text" }],
  ["delete", "/articles/no-such-article", undefined],
] as const;

describe("write routes authenticate before they validate", () => {
  it.each(invalidWrites)("%s %s without a token answers 401, not 400", async (method, url, body) => {
    const app = await writableApp();
    const res = await http(app)[method](url).send(body).expect(401);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe("/problems/unauthorized");
    expect(JSON.stringify(res.body)).not.toMatch(/note|text|expected/);
  });

  it.each(invalidWrites)(
    "%s %s answers 503 when writes are disabled, whatever the body",
    async (method, url, body) => {
      const app = await seededApp();
      await http(app)[method](url).send(body).expect(503);
    },
  );

  it("refuses an unsupported media type only after the token check", async () => {
    const app = await writableApp();
    await http(app).post("/articles").set("content-type", "application/xml").send("<a/>").expect(401);
  });
});
