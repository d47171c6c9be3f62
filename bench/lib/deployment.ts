// MailBridge as deployed, for benches: the built server (dist/server/main.js), one instance alone
// (memory state, as `npm start`) or two behind nginx sharing Redis (as in production with
// REDIS_URL). Reuses the test helpers that start Debian's redis-server and nginx.
import { randomBytes } from "node:crypto";
import { startBuiltServer, type RunningServer } from "../../test/helpers/builtServer.js";
import { startNginx, type NginxProxy } from "../../test/helpers/nginxProxy.js";
import { startRedisServer, type RedisServer } from "../../test/helpers/redisServer.js";

export const PUBLIC_HOST = "mailbridge.test";

export interface Deployment {
  label: string;
  url: string;
  close(): Promise<void>;
}

export async function deploy(instances: 1 | 2, env: Record<string, string>): Promise<Deployment> {
  const base = { ...env, PUBLIC_URL: `https://${PUBLIC_HOST}` };
  if (instances === 1) {
    const server = await startBuiltServer(base, { keepLogs: false });
    return { label: "1 instance", url: server.url, close: () => server.stop() };
  }
  const redis: RedisServer = await startRedisServer();
  const shared = {
    ...base,
    REDIS_URL: redis.url,
    TOKEN_CACHE_KEY: randomBytes(32).toString("base64"),
  };
  const servers: RunningServer[] = await Promise.all([
    startBuiltServer(shared),
    startBuiltServer(shared),
  ]);
  const proxy: NginxProxy = await startNginx(servers.map((server) => server.port));
  return {
    label: "2 instances + nginx + Redis",
    url: proxy.url,
    close: async () => {
      await proxy.close();
      await Promise.all(servers.map((server) => server.stop()));
      await redis.close();
    },
  };
}
