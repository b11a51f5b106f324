import { readFileSync } from "node:fs";
import Fastify from "fastify";

/**
 * The ceiling: a bare Fastify server that answers each captured URL with the exact bytes and content type the API
 * sent for it, from memory. `node bare-server.js FIXTURES.json` with PORT and HOST in the environment.
 */
interface Fixture {
  url: string;
  contentType: string;
  body: string; // base64
}

const fixtures = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as Fixture[];
const byUrl = new Map(
  fixtures.map((f) => [f.url, { type: f.contentType, body: Buffer.from(f.body, "base64") }]),
);
const app = Fastify({ logger: false });
app.get("/healthz", async () => ({ status: "ok" }));
app.get("/*", (request, reply) => {
  const hit = byUrl.get(request.url);
  if (!hit) return reply.code(404).send();
  return reply.type(hit.type).send(hit.body);
});
process.once("SIGTERM", () => app.close().then(() => process.exit(0)));
await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? "127.0.0.1" });
