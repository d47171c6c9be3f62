// A message body from its (decompressed) RTF, for .pst items whose HTML body is empty. Outlook keeps
// HTML mail as "RTF-encapsulated HTML" ([MS-OXRTFEX]: \fromhtml1, the HTML tags in {\*\htmltag ...}
// groups, RTF-only text between \htmlrtf and \htmlrtf0), which is turned back into the HTML it was.
// Other RTF becomes plain text: its text, paragraphs and tabs, without formatting.

export interface RtfBody {
  contentType: "html" | "text";
  content: string;
}

/** Destinations whose content is never text of the body. */
const SKIPPED = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "header",
  "footer",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "generator",
  "xmlnstbl",
  "themedata",
  "colorschememapping",
  "datastore",
  "latentstyles",
  "mhtmltag",
]);

interface Group {
  /** Inside \htmlrtf: RTF-only text that the HTML did not have. */
  suppressed: boolean;
  skipped: boolean;
  htmlTag: boolean;
  /** \ucN: characters that follow a \uN as its fallback. */
  unicodeSkip: number;
}

const TOKEN = /\\([a-z]+)(-?\d+)? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/giy;

export function rtfToBody(rtf: string): RtfBody | null {
  if (!rtf.startsWith("{\\rtf")) return null;
  const html = /\\fromhtml1/.test(rtf.slice(0, 2048));
  const codePage = Number(/\\ansicpg(\d+)/.exec(rtf.slice(0, 2048))?.[1] ?? 1252);
  const decoder = textDecoder(codePage);
  const stack: Group[] = [];
  let group: Group = { suppressed: false, skipped: false, htmlTag: false, unicodeSkip: 1 };
  let out = "";
  let pendingBytes: number[] = [];
  let skipChars = 0;
  let destinationNext = false;
  const flushBytes = () => {
    if (pendingBytes.length) out += decoder.decode(new Uint8Array(pendingBytes));
    pendingBytes = [];
  };
  const emits = () => !group.skipped && (group.htmlTag || !html || !group.suppressed);
  const emit = (text: string) => {
    if (skipChars > 0) {
      const dropped = Math.min(skipChars, text.length);
      skipChars -= dropped;
      text = text.slice(dropped);
    }
    if (text && emits()) {
      flushBytes();
      out += text;
    }
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(rtf); match; match = TOKEN.exec(rtf)) {
    const [, word, param, hex, symbol, brace, text] = match;
    if (brace === "{") {
      stack.push(group);
      group = { ...group, htmlTag: false };
      continue;
    }
    if (brace === "}") {
      flushBytes();
      group = stack.pop() ?? group;
      continue;
    }
    if (hex) {
      if (skipChars > 0) skipChars--;
      else if (emits()) pendingBytes.push(parseInt(hex, 16));
      continue;
    }
    if (symbol) {
      if (symbol === "*") destinationNext = true;
      else if ("\\{}".includes(symbol)) emit(symbol);
      else if (symbol === "~") emit("\u00a0");
      else if (symbol === "_") emit("-");
      continue;
    }
    if (word) {
      const name = word.toLowerCase();
      if (destinationNext || SKIPPED.has(name)) {
        destinationNext = false;
        if (name === "htmltag") group.htmlTag = true;
        else group.skipped = true;
        continue;
      }
      switch (name) {
        case "htmlrtf":
          group.suppressed = param !== "0";
          break;
        case "par":
        case "line":
          emit(html ? "" : "\n");
          break;
        case "tab":
          emit(html ? "" : "\t");
          break;
        case "uc":
          group.unicodeSkip = Number(param ?? 1);
          break;
        case "u": {
          const code = Number(param ?? 0);
          emit(String.fromCharCode(code < 0 ? code + 65536 : code));
          skipChars = group.unicodeSkip;
          break;
        }
      }
      continue;
    }
    if (text) emit(text);
  }
  flushBytes();
  return { contentType: html ? "html" : "text", content: html ? out : out.trim() };
}

const LABELS: Record<number, string> = {
  65001: "utf-8",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
};

/** The code page's decoder; windows-1252 when the platform does not know it. */
function textDecoder(codePage: number): TextDecoder {
  try {
    return new TextDecoder(LABELS[codePage] ?? `windows-${codePage}`);
  } catch {
    return new TextDecoder("windows-1252");
  }
}
