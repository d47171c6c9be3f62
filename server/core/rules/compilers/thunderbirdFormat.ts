// How Thunderbird 153 ESR reads the pieces of a msgFilterRules.dat, from comm-central's sources and
// checked against the real program (test/server/core/rules/thunderbirdReads.test.ts):
// - nsMsgFilterList::LoadValue reads key="value": `\"` is a quote, `\\` is a backslash followed by
//   the next character taken as is (even a quote), any other `\x` stays `\x`, and a bare quote or a
//   line break ends the value. Thunderbird's own writer only escapes quotes, so it loses backslashes
//   before a backslash or a quote; `attributeLine` writes them so they read back exactly.
// - nsMsgSearchTerm::OutputValue/ParseValue: a term value escapes quotes as `\"` and is quoted when
//   it holds ")" or starts with a quote or white space (which the reader would skip).
// - nsMsgTagService::AddTag derives a tag's key from its name.
// - Folder URIs escape names as Thunderbird's folders do.

/** Why a value cannot be written so that Thunderbird reads it back exactly; null when it can. */
export function unwritable(value: string): "line-break" | "trailing-backslash" | null {
  if (/[\r\n]/.test(value)) return "line-break";
  // `\` then the closing quote reads as an escaped quote: no spelling reads back a final backslash.
  if (value.endsWith("\\")) return "trailing-backslash";
  return null;
}

/** key="value" as LoadValue reads it back to exactly `value` (see unwritable for what cannot be). */
export function attributeLine(key: string, value: string): string {
  let out = "";
  for (let index = 0; index < value.length; index++) {
    const character = value[index]!;
    const next = value[index + 1];
    if (character === '"') out += '\\"';
    else if (character === "\\" && next === "\\") {
      // `\\` + the next character verbatim: LoadValue gives back `\` and that backslash. (Before a
      // quote, the backslash as it is and the quote's own `\"` already spell `\\"`.)
      out += "\\\\\\";
      index++;
    } else out += character;
  }
  return `${key}="${out}"`;
}

/** A search term value as nsMsgSearchTerm writes it; null when the term reader would cut it short. */
export function termValue(value: string): string | null {
  const escaped = value.replace(/"/g, '\\"');
  if (!/\)/.test(value) && !/^[ \t"]/.test(value)) return escaped;
  // In a quoted value a final backslash would escape the closing quote.
  return value.endsWith("\\") ? null : `"${escaped}"`;
}

/** A header name fits `"name"` in a term only without quotes, commas and backslashes. */
export const headerNameFits = (name: string) => !/["\\,]/.test(name);

/** Thunderbird's default tags (en-US), which already own these names. */
const BUILT_IN_TAGS = new Map([
  ["Important", "$label1"],
  ["Work", "$label2"],
  ["Personal", "$label3"],
  ["To Do", "$label4"],
  ["Later", "$label5"],
]);

/**
 * The key nsMsgTagService::AddTag gives a tag named `name`: UTF-8 bytes, letters and digits kept,
 * other printable ASCII kept except = ( ) [ ] { } % * " \ < > ; &, everything else as =xx, then
 * lower-cased ("My Tag" → "my=20tag"). A built-in tag keeps its own key (Work → $label2).
 */
export function tagKey(name: string): string {
  const builtIn = BUILT_IN_TAGS.get(name);
  if (builtIn) return builtIn;
  let key = "";
  for (const byte of new TextEncoder().encode(name)) {
    const character = String.fromCharCode(byte);
    key +=
      byte > 0x20 && byte < 0x7f && !'=()[]{}%*"\\<>;&'.includes(character)
        ? character
        : `=${byte.toString(16).padStart(2, "0")}`;
  }
  return (key || "tag").toLowerCase();
}

/** A folder name as Thunderbird escapes it in a folder URI (it leaves "*" and "+" as they are). */
const folderSegment = (name: string) =>
  encodeURIComponent(name)
    .replace(/[!'()~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2B/g, "+");

/** The URI of a folder of Local Folders (the account a filter file is imported into is not known). */
export const localFolderUri = (path: string[]) =>
  `mailbox://nobody@Local%20Folders/${path.map(folderSegment).join("/")}`;
