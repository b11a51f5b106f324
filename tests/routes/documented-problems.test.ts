import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/app.js";
import { seedsFolder } from "../../src/paths.js";
import { ingestExamples, newArticleText } from "../../src/schemas/examples.js";
import { fixtureArticle } from "../helpers.js";

/**
 * Every example of the OpenAPI document is a response the server really sends: each documented problem example
 * is requested on each operation that documents it (status, media type, type and title must match), and where
 * the operation is the example's own request, the whole body must (bar the request id).
 */
const token = { authorization: "Bearer test-token" };
const latin1Article = Buffer.from(
  " date 2022-01-10 Talks in Z\u00fcrich\n\nEnvoys met in Z\u00fcrich.",
  "latin1",
);
const validCorrection: Record<string, object> = {
  meetings: { note: "n", status: "held" },
  participants: { note: "n", role: "Envoy" },
  quotes: { note: "n", text: "t" },
};
/** Valid bodies of the editorial acts on a meeting, by the path's last segment. */
const validAct: Record<string, object> = {
  withdraw: { note: "n" },
  merge: { otherId: "2022-01-10-geneva", note: "n" },
};

type AppName = "writable" | "disabled";
type Situation = (method: string, path: string, url: string) => InjectOptions & { app?: AppName };

const json = (body: unknown) => ({
  headers: { ...token, "content-type": "application/json" },
  payload: JSON.stringify(body),
});
const text = (payload: string | Buffer, contentType = "text/plain") => ({
  headers: { ...token, "content-type": contentType },
  payload,
});

const situations: Record<string, Situation> = {
  invalidQuery: (_m, path, url) => ({ url: url.includes("?") ? url : `${path}?limit=1000` }),
  invalidCursor: (_m, path, url) => ({ url: url.includes("?") ? url : `${path}?cursor=not-a-cursor` }),
  invalidPath: (method, _path, url) => ({ method: method as "GET", url, headers: token }),
  invalidBody: (method, _path, url) => ({ method: method as "PATCH", url, ...json({ status: "held" }) }),
  unauthorized: (method, _path, url) => ({
    method: method as "POST",
    url,
    headers: { "content-type": "application/json" },
    payload: "{}",
  }),
  notFound: (method, path, url) => ({
    method: method as "GET",
    url,
    ...(method === "PATCH"
      ? json(validCorrection[path.split("/")[1] as string])
      : method === "POST" && path.startsWith("/meetings/")
        ? json(validAct[path.split("/").at(-1) as string])
        : { headers: token }),
  }),
  // beforeAll withdrew the meeting the example names.
  withdrawn: (_m, _path, url) => ({ url }),
  payloadTooLarge: (method, _path, url) => ({
    method: method as "POST",
    url,
    ...text("x".repeat(1024 * 1024 + 1)),
  }),
  unsupportedMediaType: (method, _path, url) => ({
    method: method as "POST",
    url,
    ...text("<article/>", "application/xml"),
  }),
  unsupportedCharset: (method, _path, url) => ({
    method: method as "POST",
    url,
    ...text("abc", "text/plain; charset=x-klingon"),
  }),
  notAnArticle: (method, _path, url) => ({
    method: method as "POST",
    url,
    ...text("Talks were held in Geneva."),
  }),
  invalidText: (method, _path, url) => ({ method: method as "POST", url, ...text(latin1Article) }),
  writesDisabled: (method, _path, url) => ({ method: method as "POST", url, ...json({}), app: "disabled" }),
};

/** The concrete URL for an operation: the example's own request when it is one of this path, else a made-up id. */
function urlFor(template: string, name: string, instance: string): string {
  const pattern = new RegExp(`^${template.replace(/\./g, "\\.").replace(/\{[^}]+\}/g, "[^/?]+")}(\\?.*)?$`);
  if (pattern.test(instance)) return instance;
  return template.replace(/\{[^}]+\}/g, name === "invalidPath" ? "x".repeat(201) : "no-such-id");
}

interface Example {
  type: string;
  title: string;
  status: number;
  instance: string;
}
type Operations = Record<
  string,
  Record<
    string,
    {
      responses: Record<
        string,
        { content?: Record<string, { examples?: Record<string, { value: Example }>; example?: unknown }> }
      >;
    }
  >
>;

let apps: Record<AppName, App>;
let paths: Operations;
beforeAll(async () => {
  apps = {
    writable: await buildApp({ seedsFolder, apiToken: "test-token", writeRateLimit: 1_000_000 }),
    disabled: await buildApp({ seedsFolder: null }),
  };
  paths = (await apps.writable.inject("/openapi.json")).json().paths;
  const withdrawn = await apps.writable.inject({
    method: "POST",
    url: "/meetings/2022-01-12-brussels/withdraw",
    ...json({ note: "No such session." }),
  });
  expect(withdrawn.statusCode).toBe(200);
  return async () => {
    await apps.writable.close();
    await apps.disabled.close();
  };
});

describe("documented problem examples", () => {
  it("are application/problem+json, on every error response, and true on every operation", async () => {
    const verified = new Set<string>();
    let checked = 0;
    for (const [template, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          const where = `${method.toUpperCase()} ${template} ${status}`;
          expect(Object.keys(response.content ?? {}), where).toEqual(["application/problem+json"]);
          const examples = response.content?.["application/problem+json"]?.examples ?? {};
          expect(Object.keys(examples).length, where).toBeGreaterThan(0);
          for (const [name, { value: example }] of Object.entries(examples)) {
            if (name === "tooManyRequests") continue; // below: it needs its own app
            const situation = situations[name];
            expect(situation, `${where}: no situation for ${name}`).toBeDefined();
            const { app = "writable", ...request } = (situation as Situation)(
              method.toUpperCase(),
              template,
              urlFor(template, name, example.instance),
            );
            const res = await apps[app].inject(request);
            const body = res.json();
            expect(res.statusCode, `${where} ${name}`).toBe(Number(status));
            expect(res.headers["content-type"], `${where} ${name}`).toMatch(/^application\/problem\+json/);
            expect({ type: body.type, title: body.title, status: body.status }, `${where} ${name}`).toEqual({
              type: example.type,
              title: example.title,
              status: example.status,
            });
            if (body.instance === example.instance) {
              const { requestId: _, ...expected } = example as Example & { requestId?: string };
              const { requestId: __, ...actual } = body;
              expect(actual, `${where} ${name}`).toEqual(expected);
              verified.add(name);
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    // Every example was also compared whole, on its own request.
    expect([...verified].sort()).toEqual(Object.keys(situations).sort());
  }, 60_000);

  it("429: the documented example is what the 61st write in a minute gets at the default limit", async () => {
    const example = paths["/articles"]?.post?.responses["429"]?.content?.["application/problem+json"]
      ?.examples?.tooManyRequests?.value as Example & { requestId?: string };
    const app = await buildApp({ seedsFolder: null, apiToken: "test-token" });
    try {
      for (let i = 0; i < 60; i++) await app.inject({ method: "POST", url: "/articles" });
      const res = await app.inject({ method: "POST", url: "/articles" });
      expect(res.statusCode).toBe(429);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      const { requestId: _, ...expected } = example;
      const { requestId: __, ...actual } = res.json();
      expect(actual).toEqual(expected);
    } finally {
      await app.close();
    }
  });
});

describe("documented success examples of POST /articles", () => {
  it("201 and 200 are what sending the documented article twice answers", async () => {
    const post = paths["/articles"]?.post as unknown as {
      requestBody: { content: Record<string, { example: unknown }> };
      responses: Record<string, { content: Record<string, { example: unknown }> }>;
    };
    expect(post.requestBody.content["text/plain"]?.example).toBe(newArticleText);
    expect(newArticleText).toBe(fixtureArticle("brussels-follow-up"));
    const app = await buildApp({ seedsFolder, apiToken: "test-token" });
    try {
      const send = () => app.inject({ method: "POST", url: "/articles", ...text(newArticleText) });
      const created = await send();
      expect(created.statusCode).toBe(201);
      expect(created.json()).toEqual(post.responses["201"]?.content["application/json"]?.example);
      const again = await send();
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(post.responses["200"]?.content["application/json"]?.example);
      expect(again.json()).toEqual(ingestExamples.present);
    } finally {
      await app.close();
    }
  });
});
