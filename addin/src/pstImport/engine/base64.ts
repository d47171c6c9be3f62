// Base64 of bytes, the same in a browser worker and in Node (neither Buffer nor btoa everywhere).
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = "";
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const n = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    chunk +=
      ALPHABET[n >>> 18]! +
      ALPHABET[(n >>> 12) & 63]! +
      ALPHABET[(n >>> 6) & 63]! +
      ALPHABET[n & 63]!;
    // Joining parts keeps long strings from being rebuilt at every step.
    if (chunk.length >= 65536) {
      parts.push(chunk);
      chunk = "";
    }
  }
  const rest = bytes.length - index;
  if (rest > 0) {
    const n = (bytes[index]! << 16) | ((rest === 2 ? bytes[index + 1]! : 0) << 8);
    chunk +=
      ALPHABET[n >>> 18]! +
      ALPHABET[(n >>> 12) & 63]! +
      (rest === 2 ? ALPHABET[(n >>> 6) & 63]! : "=") +
      "=";
  }
  parts.push(chunk);
  return parts.join("");
}

/** Length of the base64 text of `bytes` bytes. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;
