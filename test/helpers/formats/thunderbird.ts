// A reader of msgFilterRules.dat that follows comm-central's own, step by step, so that it reads
// what Thunderbird reads (the real Thunderbird checks it: test/server/core/rules/thunderbirdReads.test.ts):
// - nsMsgFilterList::LoadValue: key="value"; `\"` is a quote, `\\` a backslash followed by the next
//   character as is, any other `\x` stays; a bare quote or a line break ends the value.
// - nsMsgFilterList::ParseCondition: terms in parentheses, `)` ends a term outside quotes, `\"` is
//   skipped; then every `\"` in the term becomes `"`.
// - nsMsgSearchTerm::DeStreamNew/ParseAttribute/ParseValue: attribute up to the first comma (a
//   quoted header name up to its closing quote), operator up to the next comma, the rest is the
//   value; leading white space skipped, one pair of surrounding quotes removed.
export interface ThunderbirdTerm {
  booleanAnd: boolean;
  attribute: string;
  /** The header name when the attribute is an arbitrary header. */
  header?: string;
  op: string;
  value: string;
}
export interface ThunderbirdFilter {
  name: string;
  enabled: boolean;
  type: number;
  actions: { action: string; value?: string }[];
  terms: ThunderbirdTerm[];
}

/** LoadValue: the value of `key="..."` starting at `start` (just after the opening quote). */
function loadValue(file: string, start: number): { value: string; end: number } {
  let value = "";
  let index = start;
  while (index < file.length) {
    const character = file[index]!;
    if (character === "\\") {
      const next = file[index + 1];
      if (next === '"') value += '"';
      else if (next === "\\") value += `\\${file[index + 2] ?? ""}`;
      else value += `\\${next ?? ""}`;
      index += next === "\\" ? 3 : 2;
      continue;
    }
    if (character === '"' || character === "\n" || character === "\r") break;
    value += character;
    index++;
  }
  return { value, end: index + 1 };
}

export function parseThunderbird(file: string): ThunderbirdFilter[] {
  const filters: ThunderbirdFilter[] = [];
  let index = 0;
  while (index < file.length) {
    const head = /^\s*([A-Za-z]+)="/.exec(file.slice(index));
    if (!head) {
      if (file.slice(index).trim() === "") break;
      throw new Error(`not a key="value" line at ${index}: ${file.slice(index, index + 40)}`);
    }
    const { value, end } = loadValue(file, index + head[0].length);
    index = end;
    const key = head[1]!;
    const current = filters[filters.length - 1];
    if (key === "name")
      filters.push({ name: value, enabled: false, type: 0, actions: [], terms: [] });
    else if (!current) continue;
    else if (key === "enabled") current.enabled = value === "yes";
    else if (key === "type") current.type = Number(value);
    else if (key === "action") current.actions.push({ action: value });
    else if (key === "actionValue") current.actions[current.actions.length - 1]!.value = value;
    else if (key === "condition") current.terms = parseCondition(value);
  }
  return filters;
}

function parseCondition(condition: string): ThunderbirdTerm[] {
  if (condition === "ALL") return [];
  const terms: ThunderbirdTerm[] = [];
  let position = 0;
  for (;;) {
    const open = condition.indexOf("(", position);
    if (open < 0) break;
    const or = condition.indexOf("O", position);
    let end = open + 1;
    let inQuote = false;
    for (; end < condition.length; end++) {
      if (condition[end] === "\\" && condition[end + 1] === '"') end++;
      else if (condition[end] === ")" && !inQuote) break;
      else if (condition[end] === '"') inQuote = !inQuote;
    }
    if (end >= condition.length) break;
    const term = condition.slice(open + 1, end).replace(/\\"/g, '"');
    terms.push({ booleanAnd: !(or >= 0 && or < open), ...deStream(term) });
    position = end;
  }
  return terms;
}

function deStream(term: string): Omit<ThunderbirdTerm, "booleanAnd"> {
  const firstComma = term.indexOf(",");
  if (firstComma < 0) throw new Error(`term without a comma: ${term}`);
  const trimmed = term.replace(/^\s+/, "");
  const header = trimmed.startsWith('"') ? trimmed.slice(1, trimmed.indexOf('"', 1)) : undefined;
  const attribute = header ?? term.slice(0, firstComma).trim();
  const secondComma = term.indexOf(",", firstComma + 1);
  const op = term.slice(firstComma + 1, secondComma < 0 ? undefined : secondComma).trim();
  let value = secondComma < 0 ? "" : term.slice(secondComma + 1).replace(/^[ \t\n\v\f\r]+/, "");
  if (value.startsWith('"')) value = value.slice(1, value.endsWith('"') ? -1 : undefined);
  // Thunderbird keeps arbitrary header names lower-cased (ToLowerCaseExceptSpecials).
  return {
    attribute: header === undefined ? attribute : "header",
    ...(header ? { header: asciiLowerCase(header) } : {}),
    op,
    value,
  };
}

/** Mozilla's ToLowerCase on a byte string: ASCII letters only. */
export const asciiLowerCase = (value: string) =>
  value.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** Thunderbird's default tags (en-US) by key. */
const BUILT_IN_TAGS = new Map([
  ["$label1", "Important"],
  ["$label2", "Work"],
  ["$label3", "Personal"],
  ["$label4", "To Do"],
  ["$label5", "Later"],
]);

/** The name behind a tag key (=xx are UTF-8 bytes), lower-cased as nsMsgTagService::AddTag does. */
export function tagNameOfKey(key: string): string {
  const builtIn = BUILT_IN_TAGS.get(key);
  if (builtIn) return asciiLowerCase(builtIn);
  const bytes: number[] = [];
  for (let index = 0; index < key.length; index++) {
    if (key[index] === "=" && /^[0-9a-f]{2}$/.test(key.slice(index + 1, index + 3))) {
      bytes.push(parseInt(key.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(key.charCodeAt(index));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
