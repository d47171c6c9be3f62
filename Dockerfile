# MailBridge as a container: build in one stage, run the built service in another, as a non-root
# user, behind a TLS-terminating front end (App Service, Container Apps' ingress) on port 8080.
# Prometheus metrics are on METRICS_PORT (9464 here) for scraping inside the network only.
# See docs/deployment.md for the variables to set (PUBLIC_URL, AZURE_*, REDIS_URL, TOKEN_CACHE_KEY).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HTTPS=false \
    HOST=0.0.0.0 \
    PORT=8080 \
    METRICS_PORT=9464 \
    LOG_FORMAT=json
WORKDIR /app
# What the service reads at run time: its bundle and taskpane, the manifest template, the provider
# catalog, and its production dependencies.
COPY --from=build /app/package.json /app/manifest.xml ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/server/core/providers/catalog ./server/core/providers/catalog
USER node
EXPOSE 8080 9464
# Liveness: the process answers. (Readiness, for the load balancer: GET /readyz.)
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM stops it gracefully (requests in flight finish within SHUTDOWN_GRACE_SECONDS).
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
