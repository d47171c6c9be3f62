// A reader of msgFilterRules.dat written from comm-central's nsMsgFilterList.cpp: key="value" lines
// where \" stands for a quote; conditions are (attribute,operator,value) terms joined by AND/OR, a
// value may be quoted (then \" inside it stands for a quote again).
export interface ThunderbirdFilter {
  name: string;
  enabled: string;
  actions: { action: string; value?: string }[];
  terms: { operator: string; attribute: string; op: string; value: string }[];
}

const unescape = (value: string) => value.replace(/\\"/g, '"');

export function parseThunderbird(file: string): ThunderbirdFilter[] {
  const filters: ThunderbirdFilter[] = [];
  for (const line of file.split("\n").filter(Boolean)) {
    const match = /^([a-zA-Z]+)="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!match) throw new Error(`bad line: ${line}`);
    const [, key, raw] = match as unknown as [string, string, string];
    const value = unescape(raw);
    const current = filters[filters.length - 1];
    if (key === "name") filters.push({ name: value, enabled: "", actions: [], terms: [] });
    else if (key === "enabled" && current) current.enabled = value;
    else if (key === "action" && current) current.actions.push({ action: value });
    else if (key === "actionValue" && current)
      current.actions[current.actions.length - 1]!.value = value;
    else if (key === "condition" && current) current.terms = parseCondition(value);
  }
  return filters;
}

function parseCondition(condition: string): ThunderbirdFilter["terms"] {
  if (condition === "ALL") return [];
  const terms: ThunderbirdFilter["terms"] = [];
  let index = 0;
  while (index < condition.length) {
    const head = /^\s*(AND|OR) \(/.exec(condition.slice(index));
    if (!head) throw new Error(`bad condition at ${index}: ${condition}`);
    index += head[0].length;
    let inQuote = false;
    let end = index;
    for (; end < condition.length; end++) {
      if (condition[end] === '"' && condition[end - 1] !== "\\") inQuote = !inQuote;
      else if (condition[end] === ")" && !inQuote) break;
    }
    const term = condition.slice(index, end);
    index = end + 1;
    const attributeMatch = /^("[^"]*"|[^,]*),([^,]*),([\s\S]*)$/.exec(term);
    if (!attributeMatch) throw new Error(`bad term: ${term}`);
    let value = attributeMatch[3]!;
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
      value = unescape(value.slice(1, -1));
    terms.push({
      operator: head[1]!,
      attribute: attributeMatch[1]!.replace(/^"|"$/g, ""),
      op: attributeMatch[2]!,
      value,
    });
  }
  return terms;
}
