import { Socket } from "node:net";
import type { FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { createDataVersionReader } from "../../src/plugins/app/data-version.js";

const overSocket = { raw: { socket: new Socket() } } as unknown as FastifyRequest;
const injected = { raw: { socket: {} } } as unknown as FastifyRequest;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function counting() {
  let version = 7;
  const reads: number[] = [];
  const reader = createDataVersionReader(() => {
    reads.push(version);
    return version;
  });
  return { reader, reads, bump: () => version++ };
}

describe("the data version the response cache reads", () => {
  it("is read once per turn of the event loop for requests that came over a socket", async () => {
    const { reader, reads, bump } = counting();
    expect(reader.of(overSocket)).toBe(7);
    bump();
    expect(reader.of(overSocket)).toBe(7); // same turn: arrived with the first
    expect(reads).toHaveLength(1);
    await nextTurn();
    expect(reader.of(overSocket)).toBe(8);
    expect(reads).toHaveLength(2);
  });

  it("is read again after a write in this process", () => {
    const { reader, bump } = counting();
    expect(reader.of(overSocket)).toBe(7);
    bump();
    reader.forget();
    expect(reader.of(overSocket)).toBe(8);
  });

  it("is read on every injected request, which may follow a write without the loop turning", () => {
    const { reader, reads, bump } = counting();
    expect(reader.of(injected)).toBe(7);
    bump();
    expect(reader.of(injected)).toBe(8);
    expect(reads).toHaveLength(2);
  });
});
