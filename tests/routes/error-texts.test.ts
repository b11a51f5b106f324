import { describe, expect, it } from "vitest";
import { auth, http, writableApp } from "../helpers.js";

/** A problem whose detail names the field, the rule and the fix. */
const expectProblem = (
  res: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
  status: number,
) => {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  return String(res.body.detail);
};

describe("error texts name the field, the rule and the fix", () => {
  it("a JSON article without text names the missing field", async () => {
    const app = await writableApp();
    const res = await http(app).post("/articles").set(auth).send({ title: "Talks" });
    expect(expectProblem(res, 400)).toBe("body field `text` is missing: it is required (string); add it");
    expect(res.body.errors).toEqual([
      { in: "body", name: "text", detail: expect.stringContaining("`text`") },
    ]);
  });

  it("a body with __proto__ is refused by name, not as 'not valid JSON'", async () => {
    const app = await writableApp();
    const res = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "application/json")
      .send('{"text":"x","__proto__":{"polluted":true}}');
    const detail = expectProblem(res, 400);
    expect(detail).toContain('"__proto__" key');
    expect(detail).toContain("remove it");
    expect(detail).not.toMatch(/not valid JSON/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("malformed JSON says where the syntax breaks", async () => {
    const app = await writableApp();
    const res = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "application/json")
      .send('{"text":');
    expect(expectProblem(res, 400)).toMatch(/^the body is not valid JSON \(.+\); fix its syntax$/);
  });

  it("415 lists the accepted media types", async () => {
    const app = await writableApp();
    const res = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "application/xml")
      .send("<a/>");
    const detail = expectProblem(res, 415);
    expect(detail).toContain('"application/xml"');
    expect(detail).toContain("application/json, text/plain");
  });

  it("OPTIONS without Origin answers a problem, and a real preflight still works", async () => {
    const app = await writableApp();
    const res = await http(app).options("/meetings");
    expect(expectProblem(res, 400)).toMatch(/send Origin and Access-Control-Request-Method/);
    await http(app)
      .options("/meetings")
      .set("origin", "https://example.org")
      .set("access-control-request-method", "GET")
      .expect(204);
  });

  it("query parameters: the rule and the fix", async () => {
    const app = await writableApp();
    const big = await http(app).get("/meetings?limit=1000");
    expect(expectProblem(big, 400)).toBe(
      "query parameter `limit` is too big: expected number to be <=100; send a smaller value",
    );
    const date = await http(app).get("/meetings?from=2022-13-01");
    expect(expectProblem(date, 400)).toContain("send a calendar date YYYY-MM-DD");
    const status = await http(app).get("/meetings?status=done");
    expect(expectProblem(status, 400)).toContain('expected one of "held"|"scheduled"');
  });

  it("a correction names unknown fields and the missing note", async () => {
    const app = await writableApp();
    const unknown = await http(app)
      .patch("/meetings/2022-01-10-geneva")
      .set(auth)
      .send({ note: "n", venue: "Geneva" });
    expect(expectProblem(unknown, 400)).toContain("unknown field `venue`; remove it");
    const noNote = await http(app).patch("/meetings/2022-01-10-geneva").set(auth).send({ status: "held" });
    expect(expectProblem(noNote, 400)).toBe("body field `note` is missing: it is required (string); add it");
  });
});
