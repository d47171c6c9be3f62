// Schema validation at the HTTP edge: anything that fails becomes a 400 naming the field and what is
// wrong with it, in one sentence per problem.
import type { z } from "zod";
import { HttpError } from "./errors.js";

/** Plainer wording than zod's defaults for the two most common mistakes; schema-specific messages win. */
const plainWording = (issue: {
  code?: string;
  values?: unknown[];
  expected?: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}): string | undefined => {
  if (issue.code === "invalid_value" && issue.values)
    return `must be ${issue.values.map((option) => JSON.stringify(option)).join(" or ")}`;
  const unit = issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : "";
  if (issue.code === "too_small" && issue.minimum !== undefined)
    return `must be at least ${String(issue.minimum)}${unit}`;
  if (issue.code === "too_big" && issue.maximum !== undefined)
    return `must be at most ${String(issue.maximum)}${unit}`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  if (issue.code === "invalid_type" && issue.expected)
    return `must be ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
  return undefined;
};

export function validate<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value, { error: plainWording });
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join(".");
    if (path) return `${path}: ${issue.message}`;
    // A problem with the whole body, in our wording ("must be an object"), reads as a sentence about it.
    return /^(must|is) /.test(issue.message) ? `it ${issue.message}` : issue.message;
  });
  throw new HttpError(400, "invalid_request", `The ${what} is not valid: ${problems.join("; ")}.`);
}
