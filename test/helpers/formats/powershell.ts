// PowerShell single-quoted literals (about_Quoting_Rules): ' and the typographic ‘ ’ ‚ ‛ all open and
// close them, and a doubled quote stands for one. Returns the literals' values and the code outside
// them (where no user text may ever appear).
const QUOTES = new Set(["'", "\u2018", "\u2019", "\u201A", "\u201B"]);

export function powershellLiterals(script: string): { literals: string[]; code: string } {
  const literals: string[] = [];
  let code = "";
  for (let index = 0; index < script.length; index++) {
    const character = script[index]!;
    if (character === "#" && (index === 0 || script[index - 1] === "\n")) {
      while (index < script.length && script[index] !== "\n") index++;
      code += "\n";
      continue;
    }
    if (!QUOTES.has(character)) {
      code += character;
      continue;
    }
    let value = "";
    for (index++; ; index++) {
      if (index >= script.length) throw new Error("unterminated literal");
      const inner = script[index]!;
      if (QUOTES.has(inner)) {
        if (QUOTES.has(script[index + 1] ?? "")) {
          value += inner;
          index++;
          continue;
        }
        break;
      }
      value += inner;
    }
    literals.push(value);
    code += "''";
  }
  return { literals, code };
}
