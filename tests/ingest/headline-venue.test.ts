import { describe, expect, it } from "vitest";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// 2025-03-08 is a Saturday. The headline names the city of the article's story; a meeting the article gives no
// venue of its own takes that city from the headline.
const headline = "Island leaders invited to informal talks in Geneva";
const visit =
  "Separately, the northern leader will receive Britain's minister for Europe, Jane Doe, on Friday for talks.";

type Listed = { date: string; city: string; status: string };
const listed = async (app: Awaited<ReturnType<typeof writableApp>>) =>
  ((await http(app).get("/meetings?from=2025-01-01&limit=100")).body.data as Listed[]).map(
    (m) => `${m.date} ${m.city} ${m.status}`,
  );

describe("a meeting whose city comes from the headline alone", () => {
  it("is no meeting there when the article places another meeting in that city, on other days", async () => {
    const app = await writableApp();
    await postArticle(
      app,
      reportText(
        "2025-03-08",
        headline,
        `The two island leaders will hold informal talks with the UN chief in Geneva on March 17, the UN said on Thursday. ${visit}`,
      ),
    );
    expect(await listed(app)).toEqual(["2025-03-17 Geneva scheduled"]);
  });

  it("is a meeting there when the headline's city is the only place the article gives", async () => {
    const app = await writableApp();
    await postArticle(app, reportText("2025-03-08", headline, visit));
    expect((await listed(app)).map((m) => m.split(" ")[1])).toEqual(["Geneva"]);
  });
});
