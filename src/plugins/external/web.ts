import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";
import { sendProblem } from "../../http/problem.js";
import { webDistFolder } from "../../paths.js";

export interface WebPageOptions {
  /** The folder of the built page (`index.html`, `app.js`, `app.css`). Default: `dist/web/`. */
  root?: string;
}

/** The page may only load its own assets and talk to its own API: no CDN, nothing inline. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join("; ");

/**
 * The reference frontend: `GET /` serves the timeline page and `/assets/*` its script and stylesheet, from
 * `dist/web/`, built by `npm run build` (or `build:web`) before the server starts: the server never bundles, so
 * neither esbuild nor the page's sources are needed where it runs. Without a build the API still serves and `/`
 * says how to build the page. Hidden from the OpenAPI document.
 */
const webPage: FastifyPluginAsync<WebPageOptions> = async (app, options) => {
  const root = options.root ?? webDistFolder;
  if (!existsSync(join(root, "index.html"))) {
    app.log.warn(`no built page in ${root}: run npm run build`);
    app.get("/", { schema: { hide: true } }, (request, reply) =>
      sendProblem(request, reply, {
        type: "about:blank",
        title: "Service Unavailable",
        status: 503,
        detail: "the page is not built: run `npm run build` (the API itself is served)",
      }),
    );
    return;
  }

  await app.register(fastifyStatic, {
    root,
    prefix: "/assets/",
    schemaHide: true,
    index: false,
    // Asset names are not content-hashed: let browsers revalidate by ETag instead of trusting a stale copy.
    maxAge: 0,
    // Never a half-written file of a concurrent build.
    allowedPath: (path) => !path.endsWith(".tmp"),
  });

  app.get("/", { schema: { hide: true } }, (_request, reply) =>
    reply
      .header("content-security-policy", contentSecurityPolicy)
      .header("x-content-type-options", "nosniff")
      .header("referrer-policy", "same-origin")
      .type("text/html; charset=utf-8")
      .sendFile("index.html", root, { maxAge: 0 }),
  );
};

export default webPage;
