// msal-node's token cache for one instance: each user's serialized partition in memory, bounded in
// number and dropped after the lifetime of the tokens it holds (Graph access tokens last about an hour).
import type { ICacheClient } from "@azure/msal-node";
import { LRUCache } from "lru-cache";

export const TOKEN_CACHE_TTL_MS = 2 * 3600 * 1000;

export function memoryTokenCache(maxUsers = 10_000): ICacheClient {
  const partitions = new LRUCache<string, string>({ max: maxUsers, ttl: TOKEN_CACHE_TTL_MS });
  return {
    get: async (key) => partitions.get(key) ?? "",
    set: async (key, value) => {
      partitions.set(key, value);
      return value;
    },
  };
}
