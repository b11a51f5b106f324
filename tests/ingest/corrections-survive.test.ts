import { describe, expect, it } from "vitest";
import { auth, http, seedText, writableApp } from "../helpers.js";

describe("a correction outlives its article being deleted and posted again", () => {
  it("keeps the corrected participant, meeting and quote fields after DELETE and POST of the same text", async () => {
    const app = await writableApp();
    const seedId = (await http(app).get("/articles")).body.data[0].id;
    const quote = (await http(app).get("/quotes?limit=1")).body.data[0];
    await http(app)
      .patch("/participants/sergey-ryabkov")
      .set(auth)
      .send({ role: "Deputy Minister", note: "n" })
      .expect(200);
    await http(app)
      .patch("/meetings/2022-01-10-geneva")
      .set(auth)
      .send({ title: "Strategic Stability Dialogue", note: "n" })
      .expect(200);
    await http(app)
      .patch(`/quotes/${quote.id}`)
      .set(auth)
      .send({ meetingId: "2022-01-12-brussels", note: "n" })
      .expect(200);
    await http(app).delete(`/articles/${seedId}`).set(auth).expect(204);
    await http(app).post("/articles").set(auth).set("content-type", "text/plain").send(seedText).expect(201);
    expect((await http(app).get("/participants/sergey-ryabkov")).body.role).toBe("Deputy Minister");
    expect((await http(app).get("/meetings/2022-01-10-geneva")).body.title).toBe(
      "Strategic Stability Dialogue",
    );
    expect((await http(app).get(`/quotes/${quote.id}`)).body.meetingId).toBe("2022-01-12-brussels");
  });
});
