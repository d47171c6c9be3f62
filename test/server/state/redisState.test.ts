import assert from "node:assert/strict";
import net from "node:net";
import { createLogger } from "../../../server/logger.js";
import { connectRedisState, RedisUnreachableError } from "../../../server/state/redisState.js";
import { freePort } from "../../helpers/builtServer.js";

describe("shared state in Redis: at start (server/state/redisState)", () => {
  const logger = createLogger("silent");

  it("says in one sentence which Redis does not answer, never its password", async () => {
    // A port that accepts connections and never speaks Redis, and one where nothing listens.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      for (const port of [(silent.address() as net.AddressInfo).port, await freePort()]) {
        const url = `redis://:hunter2@127.0.0.1:${port}`;
        await assert.rejects(
          connectRedisState({ url, tokenCacheKey: null, connectWaitMs: 1500 }, logger),
          (error: Error) =>
            error instanceof RedisUnreachableError &&
            new RegExp(
              `^Redis at 127\\.0\\.0\\.1:${port} did not answer within 2 s \\(.+\\); check REDIS_URL`
            ).test(error.message) &&
            !error.message.includes("hunter2")
        );
      }
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
