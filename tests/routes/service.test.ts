import { describe, expect, it } from "vitest";
import { http, seededApp } from "../helpers.js";

describe("service routes", () => {
  it("GET /healthz answers ok", async () => {
    const res = await http(await seededApp())
      .get("/healthz")
      .expect(200);
    expect(res.body).toEqual({ status: "ok", articles: 1 });
  });

  it("GET /openapi.json documents every route in OpenAPI 3.1, with problem responses and examples", async () => {
    const res = await http(await seededApp())
      .get("/openapi.json")
      .expect(200);
    const doc = res.body;
    expect(doc.openapi).toBe("3.1.0");
    // The description names every problem type the API answers with.
    for (const type of [
      "validation-error",
      "invalid-cursor",
      "unauthorized",
      "not-found",
      "not-an-article",
      "writes-disabled",
    ])
      expect(doc.info.description).toContain(`/problems/${type}`);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/articles",
      "/articles/{id}",
      "/changes",
      "/export/{file}",
      "/healthz",
      "/meetings",
      "/meetings.ics",
      "/meetings/{id}",
      "/meetings/{id}/merge",
      "/meetings/{id}/withdraw",
      "/meta",
      "/participants",
      "/participants/{id}",
      "/quotes",
      "/quotes/{id}",
      "/timeline.json",
    ]);
    expect(doc.components.schemas).toHaveProperty("MeetingDetail");
    expect(doc.components.schemas).toHaveProperty("Problem");
    const list = doc.paths["/meetings"].get;
    expect(list.responses).toHaveProperty("400");
    const names = list.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["from", "to", "city", "country", "status", "limit", "cursor"]),
    );
    expect(doc.paths["/meetings/{id}"].get.responses).toHaveProperty("404");
    expect(JSON.stringify(doc.components.schemas.MeetingListItem)).toContain("2022-01-10-geneva");
  });

  it("lists the document's named schemas by name, whatever order their modules load in", async () => {
    const doc = (
      await http(await seededApp())
        .get("/openapi.json")
        .expect(200)
    ).body;
    const names = Object.keys(doc.components.schemas);
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual([...names].sort());
  });

  it("GET /docs serves the interactive documentation", async () => {
    const app = await seededApp();
    const res = await http(app).get("/docs/").expect(200);
    expect(res.text).toMatch(/swagger/i);
  });

  it("answers 404 problem+json for an unknown route", async () => {
    const res = await http(await seededApp())
      .get("/nowhere")
      .expect(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      title: "Not Found",
      detail: "No route GET /nowhere; the routes are listed at /openapi.json",
    });
  });
});
