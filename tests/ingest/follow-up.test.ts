import { describe, expect, it } from "vitest";
import { auth, http, writableApp } from "../helpers.js";

// The case from the extraction issue: a follow-up on the seed's Vienna session, dated by a reporting verb.
const followUp = [
  " date 2022-01-14 OSCE session on European security ends without breakthrough",
  "",
  "VIENNA (Agency) – The session held in Vienna on 13 January ended without a breakthrough, diplomats said on Friday.",
  "",
].join("\n");

describe("a follow-up report of a known meeting", () => {
  it("adds no meeting: the Vienna session of the 13th becomes held, nothing appears on the 14th", async () => {
    const app = await writableApp();
    const before = await http(app).get("/meetings?limit=100");
    const res = await http(app).post("/articles").set(auth).set("content-type", "text/plain").send(followUp);
    expect(res.status).toBe(201);
    const after = await http(app).get("/meetings?limit=100");
    expect(after.body.data.map((m: { id: string }) => m.id)).toEqual(
      before.body.data.map((m: { id: string }) => m.id),
    );
    const vienna = after.body.data.find((m: { city: string }) => m.city === "Vienna");
    expect([vienna.date, vienna.status]).toEqual(["2022-01-13", "held"]);
  });
});
