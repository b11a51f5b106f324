import type { preParsingHookHandler } from "fastify";

/** What every write route plugin is given: the token check (a preParsing hook) and its rate limit. */
export interface WriteRouteOptions {
  requireToken: preParsingHookHandler;
  rateLimit: { max: number; timeWindow: string | number };
}
