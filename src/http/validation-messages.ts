export type IssueLocation = "query" | "path" | "body" | "header";

const subjects: Record<IssueLocation, string> = {
  query: "query parameter",
  path: "path parameter",
  body: "body field",
  header: "header",
};

/** How to say a size rule is broken, per zod `origin`: too big, the fix; too small, the fix. */
const sizes: Record<string, [string, string, string, string]> = {
  string: ["too long", "a shorter value", "too short", "a longer value"],
  array: ["too long a list", "fewer items", "too short a list", "more items"],
};

const formats: Record<string, string> = {
  date: "a calendar date YYYY-MM-DD, e.g. 2022-01-10",
  datetime: "an ISO 8601 time with a time zone, e.g. 2026-11-28T00:00:00Z",
};

/**
 * A zod issue as one sentence a client can act on: which field, the rule it breaks (zod's own wording), and the
 * fix. `required` beats zod's "expected string, received undefined"; unknown body fields are named.
 */
export function describeIssue(
  where: IssueLocation,
  name: string,
  code: string,
  message: string,
  params: Record<string, unknown> = {},
): string {
  const subject = name ? `${subjects[where]} \`${name}\`` : where === "body" ? "the body" : `the ${where}`;
  const rule = message.replace(/^Invalid input: /, "");
  switch (code) {
    case "invalid_type":
      if (/received undefined$/.test(message)) {
        const expected = String(params.expected ?? "a value");
        return `${subject} is missing: it is required (${expected}); add it`;
      }
      return `${subject} has the wrong type: ${rule}; send a ${String(params.expected ?? "value")}`;
    case "too_big":
      return `${subject} is ${sizes[String(params.origin)]?.[0] ?? "too big"}: ${message.replace(/^Too big: /, "")}; send ${sizes[String(params.origin)]?.[1] ?? "a smaller value"}`;
    case "too_small":
      return `${subject} is ${sizes[String(params.origin)]?.[2] ?? "too small"}: ${message.replace(/^Too small: /, "")}; send ${sizes[String(params.origin)]?.[3] ?? "a larger value"}`;
    case "unrecognized_keys": {
      const keys = Array.isArray(params.keys) ? params.keys.map((k) => `\`${String(k)}\``).join(", ") : "";
      return `${subject} has unknown field${keys.includes(",") ? "s" : ""} ${keys}; remove ${keys.includes(",") ? "them" : "it"}`;
    }
    case "invalid_format":
      return `${subject} has the wrong format: ${message}; send ${formats[String(params.format)] ?? "the format its description in /openapi.json gives"}`;
    case "invalid_value":
      return `${subject} is not allowed: ${message.replace(/^Invalid option: /, "")}; use one of them`;
    default:
      return `${subject}: ${message}`;
  }
}
