// Graph tokens leave the process only encrypted: AES-256-GCM with the key from TOKEN_CACHE_KEY, a
// fresh nonce per write, and the partition's name as associated data, so a blob copied under another
// user's name (or altered) does not decrypt. Format: v1.<nonce>.<tag>.<ciphertext>, base64url parts.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";

export class TokenCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("the token cache key must be 32 bytes");
  }

  encrypt(plaintext: string, partition: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, nonce);
    cipher.setAAD(Buffer.from(partition));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [VERSION, nonce, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  /** The plaintext, or null when the blob was not written with this key for this partition. */
  decrypt(blob: string, partition: string): string | null {
    const [version, nonce, tag, ciphertext, ...rest] = blob.split(".");
    if (version !== VERSION || !nonce || !tag || ciphertext === undefined || rest.length > 0)
      return null;
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(nonce, "base64url"));
      decipher.setAAD(Buffer.from(partition));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, "base64url")),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      return null;
    }
  }
}
