import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, onRequestHookHandler } from "fastify";
import helmet from "helmet";

/** The pages a browser renders: the timeline page, its assets and the API docs. Everything else is data. */
const isPageRoute = (url: string) => url === "/" || url.startsWith("/assets") || url.startsWith("/docs");

/**
 * Helmet's headers, worked out once: helmet builds them per call from its options, and they do not depend on the
 * request, so there is no reason to run its middleware on every request.
 */
function helmetHeaders(): [string, string][] {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string | number) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet({ contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: "cross-origin" } })(
    {} as never,
    response as never,
    () => {},
  );
  return [...headers];
}

/**
 * Security headers by what a response is. Pages (`/`, `/assets/*`, `/docs`) get helmet's full set (the page and
 * the docs set their own content security policy). Data responses (JSON, CSV, NDJSON, calendars) get the one
 * header a body a browser never renders needs: `X-Content-Type-Options: nosniff`, so no browser sniffs JSON into
 * HTML or script. The rest of helmet's set (frame, opener, embedder, DNS prefetch, download policies) governs
 * documents, and on every JSON response they were 11 headers (~500 bytes) of cost for nothing.
 *
 * And a rate limiter that routes opt into: the write routes, so a token cannot be guessed at speed.
 */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  const pageHeaders = helmetHeaders();
  const page: onRequestHookHandler = (_request, reply, done) => {
    for (const [name, value] of pageHeaders) reply.header(name, value);
    done();
  };
  const data: onRequestHookHandler = (_request, reply, done) => {
    reply.header("x-content-type-options", "nosniff");
    done();
  };
  // Per route, not global: each request runs one small hook that sets constant headers, decided at start.
  app.addHook("onRoute", (route) => {
    const hook = isPageRoute(route.url) ? page : data;
    if (Array.isArray(route.onRequest)) route.onRequest = [hook, ...route.onRequest];
    else route.onRequest = route.onRequest ? [hook, route.onRequest] : [hook];
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `too many write requests: at most ${context.max} per ${context.after}; retry after ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });
}
