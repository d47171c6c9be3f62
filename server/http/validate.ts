// Schema validation at the HTTP edge: anything that fails becomes a 400 naming the field and what is
// wrong with it, in one sentence per problem.
import type { z } from "zod";
import { HttpError } from "./errors.js";

export function validate<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new HttpError(400, "invalid_request", `The ${what} is not valid. ${problems.join("; ")}.`);
}
