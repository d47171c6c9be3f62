// What the taskpane refuses before asking the service: a rule the user could not mean. A rule with
// no condition catches all mail (every message would be moved away from the inbox); a rule needs a
// name and a folder to file into. The service validates everything else.
import type { Rule } from "@contracts/rules.js";

export type RuleProblem = "noName" | "catchAll" | "noFolder";

/** Which editor field each problem belongs to. */
export interface RuleProblems {
  name?: RuleProblem;
  conditions?: RuleProblem;
  folder?: RuleProblem;
}

export function ruleProblems(rule: Rule): RuleProblems {
  const conditions = Object.values(rule.conditions ?? {}).filter(
    (value) => value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== ""
  );
  const folders = [rule.actions.moveToFolder, rule.actions.copyToFolder].filter(
    (path) => path !== undefined
  );
  return {
    ...(rule.name.trim() === "" ? { name: "noName" as const } : {}),
    ...(conditions.length === 0 ? { conditions: "catchAll" as const } : {}),
    ...(folders.length > 0 && folders.every((path) => path.length === 0)
      ? { folder: "noFolder" as const }
      : {}),
  };
}

export const hasProblems = (problems: RuleProblems): boolean => Object.keys(problems).length > 0;
