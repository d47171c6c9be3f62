// Text that every store and format MailBridge writes to can carry: any well-formed Unicode (quotes,
// backslashes, emoji, right-to-left text, tabs and line breaks) but no NUL or other C0 control, no
// lone surrogate, and not the non-characters U+FFFE/U+FFFF. XML, Sieve, the clients' rule files,
// Graph's URLs (encodeURIComponent throws on a lone surrogate) and JSON logs all need this.
import { z } from "zod";

/** C0 controls other than tab, line feed and carriage return, and the non-characters U+FFFE/U+FFFF. */
const unstorable = (character: string): boolean => {
  const code = character.codePointAt(0)!;
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    code === 0xfffe ||
    code === 0xffff
  );
};

export const isStorableText = (value: string): boolean =>
  value.isWellFormed() && ![...value].some(unstorable);

/** The schema, refusing text that is not storable; the problem is reported as `invalid_text`. */
export const storableText = <T extends z.ZodString>(schema: T): T =>
  schema.refine(isStorableText, {
    message: "contains control characters or broken Unicode that cannot be stored",
    params: { problem: "invalid_text" },
  });

/** Storable text of at most `max` characters (code points: zod 4 counts an emoji as one). */
export const textOfAtMost = (max: number): z.ZodString =>
  storableText(z.string().max(max, `must be at most ${max} characters`));
