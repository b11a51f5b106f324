import type { FastifyInstance, preValidationHookHandler } from "fastify";
import { closest } from "./closest.js";
import { problemTypes, sendProblem } from "./problem.js";

type QueryError = { in: "query"; name: string; detail: string };

const quote = (name: string) => `\`${name}\``;

/** What is wrong with a query's parameter names and repetitions, given the names the route takes. */
export function queryErrors(query: Record<string, unknown>, known: ReadonlySet<string>): QueryError[] {
  const errors: QueryError[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (!known.has(name)) {
      const suggestion = closest(name, known);
      errors.push({
        in: "query",
        name,
        detail: suggestion
          ? `unknown parameter ${quote(name)}: did you mean ${quote(suggestion)}?`
          : `unknown parameter ${quote(name)}: this route takes ${[...known].map(quote).join(", ")}`,
      });
    } else if (Array.isArray(value)) {
      // Every parameter of this API is a single value; lists are comma-separated (`include=a,b`).
      errors.push({
        in: "query",
        name,
        detail: `${quote(name)} is given ${value.length} times (${value.map((v) => JSON.stringify(v)).join(", ")}); give it once${name === "include" || name === "facet" ? ", with the values comma-separated" : ""}`,
      });
    }
  }
  return errors;
}

function strictQuery(known: ReadonlySet<string>): preValidationHookHandler {
  return (request, reply, done) => {
    const errors = queryErrors(request.query as Record<string, unknown>, known);
    if (errors.length === 0) return done();
    sendProblem(request, reply, {
      type: problemTypes.validation,
      title: "Invalid request parameters",
      status: 400,
      detail: errors.map((e) => e.detail).join("; "),
      errors,
    });
  };
}

/**
 * Routes whose query string has a zod object schema refuse parameters it does not name, and repeated ones:
 * a misspelt filter (`organisation=NATO`) would otherwise be dropped silently and match everything.
 * Registered before the routes, as it adds its check to each route as it is declared.
 */
export function registerStrictQuery(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    const schema = route.schema?.querystring as { shape?: Record<string, unknown> } | undefined;
    if (!schema?.shape) return;
    const check = strictQuery(new Set(Object.keys(schema.shape)));
    const existing = route.preValidation;
    route.preValidation = existing ? [...(Array.isArray(existing) ? existing : [existing]), check] : [check];
  });
}
