import { describe, expect, it } from "vitest";
import { http, seededApp } from "../helpers.js";

describe("query parameters", () => {
  it("refuses an unknown parameter, naming it and the closest known one", async () => {
    const app = await seededApp();
    const res = await http(app).get("/meetings?organisation=NATO").expect(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: "/problems/validation-error", status: 400 });
    expect(res.body.detail).toContain("`organisation`");
    expect(res.body.detail).toContain("did you mean `organization`?");
    expect(res.body.errors).toEqual([{ in: "query", name: "organisation", detail: expect.any(String) }]);
  });

  it("lists the parameters a route takes when no known one is close", async () => {
    const app = await seededApp();
    const res = await http(app).get("/participants?zzzzzzzz=1").expect(400);
    expect(res.body.detail).toContain("this route takes `kind`, `affiliation`");
  });

  it.each(["/meetings.ics", "/timeline.json", "/quotes", "/articles", "/changes"])(
    "applies to %s too",
    async (route) => {
      const app = await seededApp();
      const res = await http(app).get(`${route}?limt=1`).expect(400);
      expect(res.body.errors[0].name).toBe("limt");
    },
  );

  it("refuses a repeated parameter with a clear message, not 'received NaN'", async () => {
    const app = await seededApp();
    const res = await http(app).get("/meetings?limit=1&limit=2").expect(400);
    expect(res.body.detail).toBe('`limit` is given 2 times ("1", "2"); give it once');
    expect(res.body.detail).not.toMatch(/NaN/);
    expect(res.body.errors[0]).toMatchObject({ in: "query", name: "limit" });
  });
});

describe("cursors", () => {
  const firstCursor = async (app: Awaited<ReturnType<typeof seededApp>>, url: string) => {
    const res = await http(app).get(url).expect(200);
    expect(res.body.page.next).toEqual(expect.any(String));
    return encodeURIComponent(res.body.page.next);
  };

  it("refuses a cursor made for another sort order", async () => {
    const app = await seededApp();
    const cursor = await firstCursor(app, "/meetings?limit=1&sort=-date");
    await http(app).get(`/meetings?limit=1&sort=-date&cursor=${cursor}`).expect(200);
    const res = await http(app).get(`/meetings?limit=1&sort=date&cursor=${cursor}`).expect(400);
    expect(res.body).toMatchObject({ type: "/problems/invalid-cursor", status: 400 });
    expect(res.body.detail).toMatch(/another list or sort order/);
  });

  it("refuses a cursor made for another list", async () => {
    const app = await seededApp();
    const cursor = await firstCursor(app, "/quotes?limit=1");
    const res = await http(app).get(`/meetings?limit=1&cursor=${cursor}`).expect(400);
    expect(res.body.type).toBe("/problems/invalid-cursor");
    const fromMeetings = await firstCursor(app, "/meetings?limit=1");
    await http(app).get(`/articles?limit=1&cursor=${fromMeetings}`).expect(400);
  });
});
