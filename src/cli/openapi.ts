import { writeFileSync } from "node:fs";
import { buildApp } from "../app.js";

/** `npm run openapi -- [FILE]`: writes the OpenAPI document the server serves at /openapi.json (stdout by default). */
const app = await buildApp();
await app.ready();
const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
const file = process.argv[2];
if (file) writeFileSync(file, document);
else process.stdout.write(document);
