import { buildWeb, webBuildIsStale } from "../src/web/build.js";

/** Bundles the page when missing or older than its sources, as `npm run build` does before a server starts. */
export default async function setup(): Promise<void> {
  if (await webBuildIsStale()) await buildWeb();
}
