// Rule names for a target with a length limit (New-InboxRule -Name: 64 characters). A longer name is
// cut and marked with "…"; when the cut collides with another rule's name, " (2)", " (3)"… tell them
// apart. Names are compared case-insensitively, as Exchange compares them. Lengths are UTF-16 code
// units (.NET string length); a cut never splits a surrogate pair.
import type { Rule } from "@contracts/rules.js";

function cut(name: string, length: number): string {
  const head = name.slice(0, length);
  const last = head.charCodeAt(head.length - 1);
  return (last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head).trimEnd();
}

export function ruleNamesWithin(rules: Rule[], limit: number): string[] {
  // Every name is taken; a longer one can never equal a cut, which fits the limit.
  const taken = new Set(rules.map((rule) => rule.name.toLowerCase()));
  return rules.map(({ name }) => {
    if (name.length <= limit) return name;
    for (let number = 1; ; number++) {
      const tail = number === 1 ? "…" : `… (${number})`;
      const candidate = `${cut(name, limit - tail.length)}${tail}`;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}
