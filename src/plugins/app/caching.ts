import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * Bounds of the in-process response cache. Mutable so a benchmark can switch the cache off (`maxEntries = 0`)
 * before the app is built, to measure what it pays.
 */
export const responseCacheSettings = {
  maxEntries: 1000,
  /** Total bytes of cached bodies; past it the least recently used entries go. */
  maxBytes: 16 * 1024 * 1024,
  /** A larger body is sent but never cached. */
  maxEntryBytes: 1024 * 1024,
};

interface CachedResponse {
  version: number;
  etag: string;
  headers: Record<string, string | number | string[]>;
  /** The same headers as a flat [name, value, …] list with Content-Length: the cheapest form for writeHead. */
  rawHeaders: string[];
  body: Buffer;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The cache key of a GET that may be stored, set by the onRequest hook; null once answered from the cache. */
    responseCacheKey: string | null;
    dataVersion: number | null;
  }
}

/** Headers that belong to one exchange rather than to the representation. */
const perRequestHeaders = /^(content-length|date|connection|keep-alive|transfer-encoding|x-request-id)$/;

/** What a representation depends on besides the data: the URL and the request headers routes look at. */
const cacheKey = (url: string | undefined, h: IncomingMessage["headers"]) =>
  `${url}\n${h.accept ?? ""}\n${h["accept-encoding"] ?? ""}\n${h.host ?? ""}\n${h.origin ?? ""}`;

/**
 * Conditional GETs without rendering: a response's ETag is derived from the data version (bumped by every
 * write), the API version and what was asked (URL and Accept), so an unchanged resource answers 304 before any
 * query runs.
 *
 * Rendered responses are kept too: every 200 answer to a GET, with its headers, serialised (and compressed) bytes,
 * in a bounded LRU keyed by URL, Accept, Accept-Encoding, Host and Origin. Each entry remembers the data version it
 * was rendered at, and the version is read on every request (one prepared statement on the `meta` table, which
 * every write bumps in its own transaction), so a write from any process invalidates it at once.
 *
 * A hit is answered in front of Fastify, from the HTTP server's request event: no routing, request objects or
 * hooks, only a version read, a Map lookup and a write of the stored headers (CORS, security headers and all, as
 * the hooks set them for this same key) and bytes, with a fresh `x-request-id`. Conditional requests, HEAD and
 * misses go through Fastify as usual.
 */
export function registerCaching(app: FastifyInstance, apiVersion: string): void {
  const entries = new Map<string, CachedResponse>();
  let cachedBytes = 0;
  app.decorateRequest("responseCacheKey", null);
  app.decorateRequest("dataVersion", null);
  const evict = (key: string, entry: CachedResponse) => {
    entries.delete(key);
    cachedBytes -= entry.body.length;
  };

  const server = app.server;
  const handlers = server.listeners("request");
  const fastifyHandler = handlers[0] as ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  if (fastifyHandler && handlers.length === 1) {
    const logHits = ["info", "debug", "trace"].includes(app.log.level);
    server.removeListener("request", fastifyHandler);
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === "GET" && entries.size > 0 && req.headers["if-none-match"] === undefined) {
        const key = cacheKey(req.url, req.headers);
        const entry = entries.get(key);
        if (entry && entry.version === app.repositories.meta.dataVersion()) {
          entries.delete(key);
          entries.set(key, entry);
          const id = req.headers["x-request-id"];
          const raw = entry.rawHeaders.slice();
          raw.push("x-request-id", typeof id === "string" && id ? id : randomUUID());
          res.writeHead(200, raw);
          res.end(entry.body);
          if (logHits)
            app.log.info(
              { req: { method: req.method, url: req.url }, res: { statusCode: 200 } },
              "cache hit",
            );
          return;
        }
      }
      fastifyHandler.call(server, req, res);
    });
  }

  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    const version = app.repositories.meta.dataVersion();
    const accept = request.headers.accept ?? "";
    const key = cacheKey(request.url, request.headers);
    let entry = request.method === "GET" ? entries.get(key) : undefined;
    if (entry && entry.version !== version) {
      evict(key, entry);
      entry = undefined;
    }
    const etag =
      entry?.etag ??
      `W/"${version}-${createHash("sha1").update(`${apiVersion}|${request.url}|${accept}`).digest("base64url").slice(0, 16)}"`;
    reply.header("etag", etag);
    reply.header("cache-control", "public, max-age=60, stale-while-revalidate=300");
    reply.header("vary", "Accept, Accept-Encoding");
    const ifNoneMatch = request.headers["if-none-match"];
    if (ifNoneMatch?.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*")) {
      return reply.code(304).send();
    }
    if (entry) {
      // Most recently used last: a Map iterates in insertion order, so the first key is the one to evict.
      entries.delete(key);
      entries.set(key, entry);
      request.responseCacheKey = null;
      return reply.headers(entry.headers).send(entry.body);
    }
    if (request.method === "GET" && responseCacheSettings.maxEntries > 0) {
      request.responseCacheKey = key;
      request.dataVersion = version;
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

  /** Stores what a route sent, after every other onSend hook (compression included) has run. */
  function store(request: FastifyRequest, reply: FastifyReply, payload: unknown): void {
    const key = request.responseCacheKey;
    if (!key || reply.statusCode !== 200 || request.dataVersion === null) return;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return; // streams (CSV, large bodies) are not kept
    const body = typeof payload === "string" ? Buffer.from(payload) : payload;
    if (body.length > responseCacheSettings.maxEntryBytes) return;
    const headers: CachedResponse["headers"] = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !perRequestHeaders.test(name)) headers[name] = value;
    }
    const previous = entries.get(key);
    if (previous) evict(key, previous);
    const rawHeaders = ["content-length", String(body.length)];
    for (const [name, value] of Object.entries(headers)) {
      for (const v of Array.isArray(value) ? value : [value]) rawHeaders.push(name, String(v));
    }
    entries.set(key, {
      version: request.dataVersion,
      etag: String(headers.etag ?? ""),
      headers,
      rawHeaders,
      body,
    });
    cachedBytes += body.length;
    for (const [oldest, entry] of entries) {
      if (entries.size <= responseCacheSettings.maxEntries && cachedBytes <= responseCacheSettings.maxBytes)
        break;
      evict(oldest, entry);
    }
  }

  // A route-level onSend hook added here runs after the global ones and after @fastify/compress's (registered
  // earlier, it adds its own to each route first), so the cache holds exactly the bytes that were sent.
  app.addHook("onRoute", (route) => {
    if (route.method !== "GET" && !(Array.isArray(route.method) && route.method.includes("GET"))) return;
    const hook = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      store(request, reply, payload);
      return payload;
    };
    if (Array.isArray(route.onSend)) route.onSend = [...route.onSend, hook];
    else route.onSend = route.onSend ? [route.onSend, hook] : [hook];
  });
}
