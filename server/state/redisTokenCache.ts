// msal-node's token cache in Redis (the ICacheClient of its distributed cache pattern): one key per
// user partition, encrypted at rest (tokenCipher.ts), expiring with the tokens it holds. A partition
// that does not decrypt (the key was rotated, or the value altered) reads as empty: msal-node then
// exchanges the user's token again, which is the right answer to both.
import type { ICacheClient } from "@azure/msal-node";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { TOKEN_CACHE_TTL_MS } from "../auth/memoryTokenCache.js";
import type { TokenCipher } from "./tokenCipher.js";
import { SharedStateUnavailableError } from "./sharedStateError.js";

const unreachable = (error: unknown) =>
  new SharedStateUnavailableError("unreachable", { cause: error });

export const TOKEN_KEY_PREFIX = "mailbridge:tokens:";

export function redisTokenCache(redis: Redis, cipher: TokenCipher, logger: Logger): ICacheClient {
  return {
    async get(partition) {
      const blob = await redis.get(TOKEN_KEY_PREFIX + partition).catch((error: unknown) => {
        throw unreachable(error);
      });
      if (blob === null) return "";
      const plaintext = cipher.decrypt(blob, partition);
      if (plaintext === null)
        logger.warn("a token cache partition did not decrypt with TOKEN_CACHE_KEY; it is ignored");
      return plaintext ?? "";
    },
    async set(partition, value) {
      await redis
        .set(
          TOKEN_KEY_PREFIX + partition,
          cipher.encrypt(value, partition),
          "PX",
          TOKEN_CACHE_TTL_MS
        )
        .catch((error: unknown) => {
          throw unreachable(error);
        });
      return value;
    },
  };
}
