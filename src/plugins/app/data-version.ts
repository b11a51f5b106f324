import { Socket } from "node:net";
import type { FastifyRequest } from "fastify";

/**
 * The data version as the response cache reads it: once per turn of the event loop for requests that came over a
 * socket, instead of once per request. Reading it is a SQLite statement (a read transaction on the WAL: 2–3 µs),
 * a fifth of the CPU a cached `GET /meetings` cost.
 *
 * Requests handled in one turn arrived together: their bytes were in the socket before the poll that woke the
 * loop, so before the first of them read the version. A write another process committed before a client sent its
 * request is therefore seen. A write in this process forgets the value (`forget`, on every non-GET request and
 * response). Injected requests (tests, no socket) read it every time: a test may write between two of them
 * without the loop turning.
 */
export function createDataVersionReader(read: () => number) {
  let current: number | null = null;
  const forget = () => {
    current = null;
  };
  return {
    forget,
    of(request: FastifyRequest): number {
      if (!(request.raw.socket instanceof Socket)) return read();
      if (current === null) {
        current = read();
        setImmediate(forget);
      }
      return current;
    },
  };
}
