import { describe, expect, it } from "vitest";
import { http, seededApp } from "../helpers.js";

const ids = async (app: Awaited<ReturnType<typeof seededApp>>, url: string) =>
  (await http(app).get(url).expect(200)).body.data.map((m: { id: string }) => m.id);

describe("the city filter", () => {
  it.each([
    ["geneve", "2022-01-10-geneva"],
    ["Gen%C3%A8ve", "2022-01-10-geneva"],
    ["Genf", "2022-01-10-geneva"],
    ["GENEVA", "2022-01-10-geneva"],
    ["Wien", "2022-01-13-vienna"],
    ["vienna", "2022-01-13-vienna"],
    ["Bruxelles", "2022-01-12-brussels"],
    ["Br%C3%BCssel", "2022-01-12-brussels"],
  ])("matches %s, a name the city goes by, to %s", async (city, id) => {
    const app = await seededApp();
    expect(await ids(app, `/meetings?city=${city}`)).toEqual([id]);
    expect((await http(app).get(`/meetings.ics?city=${city}`).expect(200)).text).toContain(id);
  });

  it("still matches nothing for a city without meetings, and combines with other filters", async () => {
    const app = await seededApp();
    expect(await ids(app, "/meetings?city=Paris")).toEqual([]);
    expect(await ids(app, "/meetings?city=genf&status=scheduled")).toEqual([]);
    expect(await ids(app, "/meetings?city=genf&country=switzerland")).toEqual(["2022-01-10-geneva"]);
  });
});
