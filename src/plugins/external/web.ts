import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";
import { buildWeb, webBuildIsStale, webDistFolder } from "../../web/build.js";

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

let pendingBuild: Promise<unknown> | null = null;

/** Builds the page once per process when it is missing or older than its sources. */
async function ensureBuilt(root: string): Promise<void> {
  if (!(await webBuildIsStale(root))) return;
  pendingBuild ??= buildWeb(root).finally(() => {
    pendingBuild = null;
  });
  await pendingBuild;
}

/**
 * The reference frontend: `GET /` serves the timeline page and `/assets/*` its script and stylesheet, from
 * `dist/web/` (built by `npm run build:web`, or here on the fly when missing). Hidden from the OpenAPI document.
 */
const webPage: FastifyPluginAsync<WebPageOptions> = async (app, options) => {
  const root = options.root ?? webDistFolder;
  await ensureBuilt(root);

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
