import type { preHandlerAsyncHookHandler } from "fastify";

/** What every write route plugin is given: the token check and its rate limit. */
export interface WriteRouteOptions {
  requireToken: preHandlerAsyncHookHandler;
  rateLimit: { max: number; timeWindow: string | number };
}
