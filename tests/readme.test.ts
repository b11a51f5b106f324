import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/paths.js";
import { fixtureArticle, writableApp } from "./helpers.js";

/**
 * Every `curl` line of the README's shell examples, run in README order against a seeded app with a token:
 * each must answer what its comment says (`# 204`, `→ 201`) or 2xx, lists must not be empty, and an example
 * whose output the README shows must answer exactly that (bar the request id).
 */
interface Example {
  line: number;
  command: string;
  comment: string;
  shownOutput?: string;
}

function readmeExamples(): Example[] {
  const lines = readFileSync(join(projectRoot, "README.md"), "utf8").split("\n");
  const examples: Example[] = [];
  let inShell = false;
  let loop: { variable: string; values: string[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i] as string;
    if (/^```sh\s*$/.test(text)) {
      inShell = true;
      continue;
    }
    if (/^```/.test(text)) {
      inShell = false;
      continue;
    }
    if (!inShell) continue;
    const start = i;
    while (text.endsWith("\\")) text = `${text.slice(0, -1)} ${(lines[++i] as string).trim()}`;
    const forLoop = /^for (\w+) in ([^;]+); do$/.exec(text.trim());
    if (forLoop) {
      loop = { variable: forLoop[1] as string, values: (forLoop[2] as string).trim().split(/\s+/) };
      continue;
    }
    if (text.trim() === "done") {
      loop = null;
      continue;
    }
    const at = text.indexOf("curl ");
    if (at < 0 || text.trimStart().startsWith("#")) continue;
    const { command, comment } = splitComment(text.slice(at));
    const shown = text.trimStart().startsWith("$ ") ? shownOutputAfter(lines, i) : undefined;
    for (const value of loop ? loop.values : [null]) {
      const expanded = value === null || !loop ? command : command.replaceAll(`$${loop.variable}`, value);
      examples.push({
        line: start + 1,
        command: expanded,
        comment,
        ...(shown ? { shownOutput: shown } : {}),
      });
    }
  }
  return examples;
}

/** The shell command up to `&&`, `|` or a comment outside quotes and `$(…)`, and the comment. */
function splitComment(text: string): { command: string; comment: string } {
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "$" && text[i + 1] === "(" && quote === '"') depth++;
      continue;
    }
    if (depth > 0) {
      if (c === ")") depth--;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "#" && /\s/.test(text[i - 1] ?? " "))
      return { command: text.slice(0, i).trim(), comment: text.slice(i) };
    else if (c === "|" || (c === "&" && text[i + 1] === "&"))
      return { command: text.slice(0, i).trim(), comment: "" };
  }
  return { command: text.trim(), comment: "" };
}

/** The output lines the README shows after a `$ curl` line, up to the end of the block. */
function shownOutputAfter(lines: string[], i: number): string {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && !/^(```|\$ )/.test(lines[j] as string); j++)
    out.push(lines[j] as string);
  return out.join("\n");
}

const tokens = (command: string) =>
  [...command.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");

describe("README examples", () => {
  const examples = readmeExamples();

  it("are found: every curl line of the README", () => {
    expect(examples.length).toBeGreaterThan(40);
  });

  it("all answer as the README says, against a seeded server", async () => {
    const app = await writableApp();
    const variables: Record<string, string> = { API_TOKEN: "test-token" };
    const files: Record<string, string> = { "article.txt": fixtureArticle("brussels-follow-up") };
    const get = async (url: string) =>
      (await app.inject({ url: url.replace(/^.*localhost:3000/, "") })).json();

    for (const example of examples) {
      const where = `README.md:${example.line}: ${example.command}`;
      // $(curl -s URL | node -pe '….data[0].id'): the id of the first row of that list.
      let command = example.command;
      for (const sub of command.matchAll(/\$\(curl -s '?([^' )]+)'? \| node -pe '[^']*'\)/g)) {
        command = command.replace(sub[0], (await get(sub[1] as string)).data[0].id);
      }
      command = command.replace(/\$(\w+)/g, (_, name: string) => {
        expect(variables[name], `${where}: $${name} is not set`).toBeDefined();
        return variables[name] as string;
      });
      const args = tokens(command).slice(1);
      const request: InjectOptions & { headers: Record<string, string> } = {
        method: "GET",
        url: "",
        headers: {},
      };
      for (let i = 0; i < args.length; i++) {
        const arg = args[i] as string;
        if (arg === "-X") request.method = args[++i] as "POST";
        else if (arg === "-H") {
          const [name, ...value] = (args[++i] as string).split(":");
          request.headers[(name as string).toLowerCase()] = value.join(":").trim();
        } else if (arg === "-d" || arg === "--data-binary") {
          const data = args[++i] as string;
          request.payload = data.startsWith("@") ? files[data.slice(1)] : data;
          request.headers["content-type"] ??= "application/x-www-form-urlencoded";
        } else if (arg === "-o") i++;
        else if (arg.includes("localhost:3000")) request.url = arg.replace(/^.*localhost:3000/, "") || "/";
        else expect(["-s", "-i"], `${where}: unknown curl option ${arg}`).toContain(arg);
      }
      const res = await app.inject(request);
      const status = /(?:→|#)\s*(\d{3})\b/.exec(example.comment)?.[1];
      if (example.shownOutput) {
        const { requestId: _, ...shown } = JSON.parse(example.shownOutput);
        const { requestId: __, ...actual } = res.json();
        expect(actual, where).toEqual(shown);
        continue;
      }
      if (status) expect(res.statusCode, where).toBe(Number(status));
      else expect(res.statusCode, `${where}\n${res.body.slice(0, 300)}`).toBeLessThan(300);
      const type = String(res.headers["content-type"] ?? "");
      if (type.startsWith("application/json") && request.method === "GET") {
        const body = res.json();
        if (Array.isArray(body.data))
          expect(body.data.length, `${where}: an example that finds nothing`).toBeGreaterThan(0);
      }
      if (request.method === "POST" && res.statusCode === 201) variables.ID = res.json().articleId;
    }
  }, 60_000);
});
