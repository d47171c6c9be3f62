// Any error a view meets, in the user's language: the service's codes and details (never its English
// message), the client's own transport failures, and each validation problem with the field it
// concerns, so a view can show it next to that field.
import type { TFunction } from "i18next";
import { formatBytes } from "@contracts/formatBytes.js";
import type { FieldPath, ValidationProblem } from "@contracts/serviceErrors.js";
import { ApiError } from "../api/client.js";

type T = TFunction<"errors">;

const RULE_FIELDS = [
  "name",
  "sentToAddresses",
  "fromAddresses",
  "subjectContains",
  "bodyContains",
  "headerContains",
  "receivedThroughAccount",
  "moveToFolder",
  "copyToFolder",
  "assignCategories",
  "forwardTo",
] as const;
type RuleField = (typeof RULE_FIELDS)[number];

/** A field as the user knows it: "The address", "Rule 2, its folder". */
export function fieldLabel(path: FieldPath, t: T): string {
  const [first, index] = path;
  if (first === "email") return t("fields.email");
  if (first === "accounts") return t("fields.account");
  if (first === "paths" || first === "folderIds") return t("fields.folder");
  if (first === "rules" && typeof index === "number") {
    const rule = t("fields.rule", { number: index + 1 });
    const field = path
      .slice(2)
      .find((part): part is RuleField => RULE_FIELDS.includes(part as RuleField));
    return field ? `${rule}, ${t(`fields.${field}`)}` : rule;
  }
  return t("fields.value");
}

/** One validation problem as a sentence about its field. */
export function describeProblem(problem: ValidationProblem, t: T): string {
  const field = fieldLabel(problem.path, t);
  switch (problem.problem) {
    case "too_small":
      return problem.of === "number"
        ? t("problems.too_small_number", { field, value: problem.minimum })
        : t(`problems.too_small_${problem.of}`, { field, count: problem.minimum });
    case "too_big":
      return problem.of === "number"
        ? t("problems.too_big_number", { field, value: problem.maximum })
        : t(`problems.too_big_${problem.of}`, { field, count: problem.maximum });
    case "not_allowed":
      return t("problems.not_allowed", { field, allowed: problem.allowed.join(", ") });
    default:
      return t(`problems.${problem.problem}`, { field });
  }
}

/** The validation problems of an error, by field ("rules.0.name"); empty for other errors. */
export function problemsByField(error: unknown, t: T): Map<string, string> {
  const fields = new Map<string, string>();
  if (!(error instanceof ApiError)) return fields;
  const payload = error.error;
  // On the address's own field, the sentence says what an address looks like.
  if (payload.code === "invalid_email")
    fields.set(payload.details.path.join("."), t("codes.invalid_email"));
  if (payload.code === "invalid_request")
    for (const problem of payload.details.problems)
      if (!fields.has(problem.path.join(".")))
        fields.set(problem.path.join("."), describeProblem(problem, t));
  return fields;
}

/** The error as one sentence, in the language of `t` (`locale` writes its numbers and lists). */
export function describeError(error: unknown, t: T, locale: string): string {
  if (!(error instanceof ApiError)) return t("codes.internal");
  const payload = error.error;
  switch (payload.code) {
    case "network":
    case "unexpected_answer":
      return t(`transport.${payload.code}`);
    case "rate_limited":
    case "graph_throttled":
    case "server_busy":
    case "mailbox_busy":
    case "temporarily_unavailable":
      return t(`codes.${payload.code}`, { count: payload.details.retryAfterSeconds });
    case "body_too_large":
    case "compile_output_too_large":
      return t(`codes.${payload.code}`, { size: formatBytes(payload.details.limitBytes, locale) });
    case "invalid_request":
      return t("codes.invalid_request", {
        problems: new Intl.ListFormat(locale, { type: "conjunction" }).format(
          payload.details.problems.map((problem) => describeProblem(problem, t))
        ),
      });
    case "unknown_provider":
      return t("codes.unknown_provider", { domain: payload.details.domain });
    case "unauthorized":
      return t(`unauthorized.${payload.details.reason}`);
    case "consent_required":
      return t(`consent.${payload.details.purpose}`);
    case "token_exchange_failed":
      return t("codes.token_exchange_failed", { reason: payload.details.reason });
    case "graph_failed":
      return t("codes.graph_failed", { code: payload.details.graphCode });
    default:
      return t(`codes.${payload.code}`);
  }
}
