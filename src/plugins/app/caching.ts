import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createDataVersionReader } from "./data-version.js";

/** Bounds of the in-process response cache; `maxEntries: 0` switches it off (a benchmark measures what it pays). */
export interface ResponseCacheOptions {
  /** Entries kept (default 1000). */
  maxEntries?: number;
  /** Total bytes of cached bodies; past it the least recently used entries go (default 16 MiB). */
  maxBytes?: number;
  /** A larger body is sent but never cached (default 1 MiB). */
  maxEntryBytes?: number;
}

interface CachedResponse {
  version: number;
  etag: string;
  /** The headers as a flat [name, value, …] list with Content-Length: the cheapest form for writeHead. */
  rawHeaders: string[];
  body: Buffer;
}

declare module "fastify" {
  interface FastifyInstance {
    /**
     * Hits and misses of the response cache since start (GETs only), and what it holds: `bytes` of bodies, in
     * `retainedBytes` of memory (the same, as every body is stored in memory of its own).
     */
    responseCacheStats(): {
      hits: number;
      misses: number;
      entries: number;
      bytes: number;
      retainedBytes: number;
    };
  }
  interface FastifyRequest {
    /** The cache key of a GET that may be stored, set by the onRequest hook; null once answered from the cache. */
    responseCacheKey: string | null;
    dataVersion: number | null;
  }
}

/**
 * The bytes of `body` in memory of their own. A body is often a view of a larger block: zlib's output chunk (16 KiB
 * and more for a compressed body of 1 KiB) or Buffer's 8 KiB pool (a short JSON body), and a view cached keeps the
 * whole block alive: under the mixed workload 1,000 entries counted as 1.7 MB held tens of megabytes.
 */
function ownMemory(body: Buffer): Buffer {
  if (body.byteOffset === 0 && body.byteLength === body.buffer.byteLength) return body;
  const copy = Buffer.allocUnsafeSlow(body.length);
  body.copy(copy);
  return copy;
}

/** Headers that belong to one exchange rather than to the representation. */
const perRequestHeaders = /^(content-length|date|connection|keep-alive|transfer-encoding|x-request-id)$/;

/**
 * What a representation depends on besides the data: the URL and the request headers routes look at (the
 * forwarded origin too: links and the documented server name it when the app trusts its proxy).
 */
const cacheKey = (url: string | undefined, h: IncomingMessage["headers"]) =>
  `${url}\n${h.accept ?? ""}\n${h["accept-encoding"] ?? ""}\n${h.host ?? ""}\n${h.origin ?? ""}\n${h["x-forwarded-host"] ?? ""}\n${h["x-forwarded-proto"] ?? ""}`;

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
 * A hit is answered from the onRequest hook: the stored headers (CORS, security headers and all, as the hooks set
 * them for this same key) and bytes are written straight to the socket through a hijacked reply, with a fresh
 * `x-request-id`, so no handler, serializer or onSend hook runs for it. Conditional requests, HEAD and misses go
 * on through Fastify as usual.
 */
export function registerCaching(
  app: FastifyInstance,
  apiVersion: string,
  options: ResponseCacheOptions = {},
): void {
  const maxEntries = options.maxEntries ?? 1000;
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 1024 * 1024;
  const entries = new Map<string, CachedResponse>();
  let cachedBytes = 0;
  const stats = { hits: 0, misses: 0 };
  app.decorate("responseCacheStats", () => {
    let retainedBytes = 0;
    for (const entry of entries.values()) retainedBytes += entry.body.buffer.byteLength;
    return { ...stats, entries: entries.size, bytes: cachedBytes, retainedBytes };
  });
  app.decorateRequest("responseCacheKey", null);
  app.decorateRequest("dataVersion", null);
  const evict = (key: string, entry: CachedResponse) => {
    entries.delete(key);
    cachedBytes -= entry.body.length;
  };

  const dataVersion = createDataVersionReader(() => app.repositories.meta.dataVersion());

  // Callback style, not async: this hook runs on every request and a promise per request is measurable.
  app.addHook("onRequest", (request, reply, done) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      dataVersion.forget();
      return done();
    }
    const version = dataVersion.of(request);
    const key = cacheKey(request.url, request.headers);
    let entry = request.method === "GET" ? entries.get(key) : undefined;
    if (entry && entry.version !== version) {
      evict(key, entry);
      entry = undefined;
    }
    const ifNoneMatch = request.headers["if-none-match"];
    const etag =
      entry?.etag ??
      `W/"${version}-${createHash("sha1")
        .update(`${apiVersion}|${request.url}|${request.headers.accept ?? ""}`)
        .digest("base64url")
        .slice(0, 16)}"`;
    if (ifNoneMatch?.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*")) {
      reply.header("etag", etag);
      reply.header("cache-control", "public, max-age=60, stale-while-revalidate=300");
      reply.header("vary", "Accept, Accept-Encoding");
      reply.code(304).send();
      return;
    }
    if (entry) {
      // Most recently used last: a Map iterates in insertion order, so the first key is the one to evict.
      entries.delete(key);
      entries.set(key, entry);
      stats.hits++;
      reply.hijack();
      const raw = entry.rawHeaders.slice();
      raw.push("x-request-id", request.id);
      reply.raw.writeHead(200, raw);
      reply.raw.end(entry.body);
      return;
    }
    reply.header("etag", etag);
    reply.header("cache-control", "public, max-age=60, stale-while-revalidate=300");
    reply.header("vary", "Accept, Accept-Encoding");
    if (request.method === "GET") stats.misses++;
    if (request.method === "GET" && maxEntries > 0) {
      request.responseCacheKey = key;
      request.dataVersion = version;
    }
    done();
  });
  // Errors are not cacheable representations of the resource.
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (reply.statusCode >= 400) {
      reply.removeHeader("etag");
      reply.header("cache-control", "no-store");
    }
    done(null, payload);
  });

  /**
   * Stores what a route sent, after every other onSend hook (compression included) has run. Returns the payload
   * to send: a string body as the bytes just encoded for the cache, so it is not encoded again for the socket
   * (half a megabyte for a country's calendar).
   */
  function store(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
    const key = request.responseCacheKey;
    if (!key || reply.statusCode !== 200 || request.dataVersion === null) return payload;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload; // streams (CSV) are not kept
    const body = typeof payload === "string" ? Buffer.from(payload) : payload;
    if (body.length > maxEntryBytes) return body;
    const stored = ownMemory(body);
    const previous = entries.get(key);
    if (previous) evict(key, previous);
    const rawHeaders = ["content-length", String(body.length)];
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value === undefined || perRequestHeaders.test(name)) continue;
      for (const v of Array.isArray(value) ? value : [value]) rawHeaders.push(name, String(v));
    }
    entries.set(key, {
      version: request.dataVersion,
      etag: String(reply.getHeader("etag") ?? ""),
      rawHeaders,
      body: stored,
    });
    cachedBytes += stored.length;
    for (const [oldest, entry] of entries) {
      if (entries.size <= maxEntries && cachedBytes <= maxBytes) break;
      evict(oldest, entry);
    }
    return body;
  }

  // A route-level onSend hook added here runs after the global ones and after @fastify/compress's (registered
  // earlier, it adds its own to each route first), so the cache holds exactly the bytes that were sent.
  // A write in this process changes the version: the reads after its response must not reuse the one before it.
  const afterWrite = (_request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    dataVersion.forget();
    done();
  };
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((m) => m !== "GET" && m !== "HEAD" && m !== "OPTIONS")) {
      if (Array.isArray(route.onResponse)) route.onResponse = [...route.onResponse, afterWrite];
      else route.onResponse = route.onResponse ? [route.onResponse, afterWrite] : [afterWrite];
    }
    if (route.method !== "GET" && !(Array.isArray(route.method) && route.method.includes("GET"))) return;
    const hook = (
      request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
      done: (error: null, payload: unknown) => void,
    ) => {
      done(null, store(request, reply, payload));
    };
    if (Array.isArray(route.onSend)) route.onSend = [...route.onSend, hook];
    else route.onSend = route.onSend ? [route.onSend, hook] : [hook];
  });
}
