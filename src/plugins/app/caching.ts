import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";

/**
 * Conditional GETs without rendering: a response's ETag is derived from the data version (bumped by every
 * write), the API version and what was asked (URL and Accept), so an unchanged resource answers 304 before any
 * query runs.
 */
export function registerCaching(app: FastifyInstance, apiVersion: string): void {
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    const version = app.repositories.meta.dataVersion();
    const key = `${apiVersion}|${request.url}|${request.headers.accept ?? ""}`;
    const etag = `W/"${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 16)}"`;
    reply.header("etag", etag);
    reply.header("cache-control", "public, max-age=60, stale-while-revalidate=300");
    reply.header("vary", "Accept, Accept-Encoding");
    const ifNoneMatch = request.headers["if-none-match"];
    if (ifNoneMatch?.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*")) {
      return reply.code(304).send();
    }
  });
  // Errors are not cacheable representations of the resource.
  app.addHook("onSend", async (_request, reply, payload) => {
    if (reply.statusCode >= 400) {
      reply.removeHeader("etag");
      reply.header("cache-control", "no-store");
    }
    return payload;
  });
}
