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

export interface PowerShellCommand {
  name: string;
  /** Each parameter's values: the literals of a list, `$true`/`$false`, or the literal added to $Mailbox. */
  parameters: Record<string, string[]>;
}

/**
 * Reads the commands of a script written as MailBridge writes them (one command per line, backtick
 * line continuations, `# comment` lines): `-Name 'a'`, `-From 'a','b'`, `-MarkAsRead $true`,
 * `-MoveToFolder ($Mailbox + ':\Inbox')`, `-Confirm:$false`. Literals may span lines.
 * The script's preamble (its `param(...)` block and `$Variable = ...` settings) is skipped.
 */
export function powershellCommands(script: string): PowerShellCommand[] {
  const commands: PowerShellCommand[] = [];
  let command: PowerShellCommand | null = null;
  let current: string[] | null = null;
  let preamble = false;
  for (const token of tokenize(script)) {
    if (token.kind === "end") {
      command = current = null;
      preamble = false;
    } else if (preamble) {
      continue;
    } else if (!command && (token.text === "param" || token.text.startsWith("$"))) {
      preamble = true;
    } else if (!command) {
      if (token.kind !== "word") throw new Error(`a command must start with a name: ${token.text}`);
      command = { name: token.text, parameters: {} };
      commands.push(command);
    } else if (token.kind === "parameter") {
      const [parameter, inline] = token.text.slice(1).split(":");
      current = command.parameters[parameter!] = inline === undefined ? [] : [inline];
    } else if (token.kind === "literal" || token.kind === "word") {
      if (!current) throw new Error(`a value without a parameter: ${token.text}`);
      current.push(token.text);
    }
  }
  return commands;
}

type Token = { kind: "parameter" | "literal" | "word" | "punctuation" | "end"; text: string };

function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < script.length; index++) {
    const character = script[index]!;
    if (character === "#" && (index === 0 || script[index - 1] === "\n")) {
      while (index < script.length && script[index] !== "\n") index++;
    } else if (character === "`" && script[index + 1] === "\n") {
      index++; // line continuation
    } else if (character === "\n") {
      tokens.push({ kind: "end", text: "" });
    } else if (character === " ") {
      continue;
    } else if (QUOTES.has(character)) {
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
      tokens.push({ kind: "literal", text: value });
    } else if ("(),+".includes(character)) tokens.push({ kind: "punctuation", text: character });
    else {
      const word = /^[^\s(),+'\u2018\u2019\u201A\u201B]+/.exec(script.slice(index))![0];
      index += word.length - 1;
      // `$Mailbox` is the script's own parameter, not a value of the rule.
      if (word !== "$Mailbox")
        tokens.push({ kind: word.startsWith("-") ? "parameter" : "word", text: word });
    }
  }
  return tokens;
}
