// Schema validation at the HTTP edge: anything that fails becomes a 400 `invalid_request` whose
// details list each problem as data (field path, kind of problem, bound), and whose message says
// the same in plain English, one phrase per problem.
import type { z } from "zod";
import type { BoundOf, ValidationProblem } from "@contracts/serviceErrors.js";
import { ServiceError } from "./serviceError.js";

/** Enough to fix a request; a body with hundreds of mistakes is not helped by hundreds of lines. */
const MAX_PROBLEMS = 10;

type Issue = z.core.$ZodIssue & { input?: unknown };
type RawIssue = {
  code?: string;
  values?: unknown[];
  expected?: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
};

const unitOf = (origin: string | undefined): string =>
  origin === "string" ? " characters" : origin === "array" ? " items" : "";

/** Plainer wording than zod's defaults for the common mistakes; schema-specific messages win. */
const plainWording = (issue: RawIssue): string | undefined => {
  if (issue.code === "invalid_value" && issue.values)
    return `must be ${issue.values.map((option) => JSON.stringify(option)).join(" or ")}`;
  if (issue.code === "too_small" && issue.minimum !== undefined)
    return `must be at least ${String(issue.minimum)}${unitOf(issue.origin)}`;
  if (issue.code === "too_big" && issue.maximum !== undefined)
    return `must be at most ${String(issue.maximum)}${unitOf(issue.origin)}`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  if (issue.code === "invalid_type" && issue.expected)
    return `must be ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
  return undefined;
};

const boundOf = (origin: string): BoundOf =>
  origin === "string" ? "string" : origin === "array" || origin === "set" ? "array" : "number";

const asValue = (value: unknown): string | number | boolean | null =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : value === null
      ? null
      : String(value);

function problemOf(issue: Issue): ValidationProblem {
  const base = {
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    message: issue.message,
  };
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? { ...base, problem: "required" }
        : { ...base, problem: "wrong_type", expected: issue.expected };
    case "too_small":
      return {
        ...base,
        problem: "too_small",
        minimum: Number(issue.minimum),
        of: boundOf(issue.origin),
      };
    case "too_big":
      return {
        ...base,
        problem: "too_big",
        maximum: Number(issue.maximum),
        of: boundOf(issue.origin),
      };
    case "invalid_value":
      return { ...base, problem: "not_allowed", allowed: issue.values.map(asValue) };
    case "unrecognized_keys":
      return { ...base, problem: "unknown_fields", fields: issue.keys };
    case "custom":
      return issue.params?.problem === "invalid_text"
        ? { ...base, problem: "invalid_text" }
        : { ...base, problem: "invalid" };
    default:
      return { ...base, problem: "invalid" };
  }
}

/** The value, parsed by the schema; or a 400 naming every problem (`where`: the body or the query). */
export function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: "body" | "query"
): z.infer<T> {
  const result = schema.safeParse(value, { error: plainWording, reportInput: true });
  if (result.success) return result.data;
  throw new ServiceError("invalid_request", {
    in: where,
    problems: result.error.issues.slice(0, MAX_PROBLEMS).map((issue) => problemOf(issue)),
  });
}
