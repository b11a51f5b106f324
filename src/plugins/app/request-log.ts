import { LogController } from "fastify";

/**
 * Fastify's request lines, kept for what goes wrong: a request that errors is logged at any level, but the two
 * lines of every successful request ("incoming request", "request completed") only when `verbose` (LOG_LEVEL
 * debug or trace). Written for every request they cost a quarter of the server's throughput (bench/edge.ts);
 * access logs belong to the proxy in front.
 */
export class RequestLog extends LogController {
  constructor(private readonly verbose: boolean) {
    super();
  }

  override incomingRequest(...args: Parameters<LogController["incomingRequest"]>): void {
    if (this.verbose) super.incomingRequest(...args);
  }

  override requestCompleted(...args: Parameters<LogController["requestCompleted"]>): void {
    if (this.verbose || args[0]) super.requestCompleted(...args);
  }
}
