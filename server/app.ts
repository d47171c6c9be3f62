// The Express application, without listen(): main.ts serves it, tests drive it over real HTTP.
import express, { type Express } from "express";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { VERSION } from "./projectRoot.js";
import { errorHandler, notFound } from "./http/errors.js";
import { requestLog } from "./http/requestLog.js";
import { noStore, sameOriginOnly, securityHeaders } from "./http/security.js";
import { mailboxSession } from "./http/mailboxSession.js";
import { allowedHostsOnly } from "./http/allowedHosts.js";
import {
  memoryStores,
  perAddressRateLimit,
  perUserRateLimit,
  type RateLimitStores,
} from "./http/rateLimit.js";
import { refusalSlowDown } from "./http/refusalSlowDown.js";
import { healthRoutes } from "./http/routes/health.js";
import { staticRoutes } from "./http/routes/static.js";
import { AUTOCONFIG_PATHS, autoconfigRoutes } from "./http/routes/autoconfig.js";
import { providerLookupRoutes } from "./http/routes/providers/lookup.js";
import { diagnoseRoutes } from "./http/routes/diagnose.js";
import { mailboxDiagnoseRoutes } from "./http/routes/mailbox/diagnose.js";
import { compileRoutes } from "./http/routes/rules/compile.js";
import { applyRoutes } from "./http/routes/rules/apply.js";
import { foldersRoutes } from "./http/routes/migrate/folders.js";
import { progressRoutes } from "./http/routes/migrate/progress.js";
import { authConfigRoutes } from "./http/routes/auth/config.js";
import { connectivityRoutes } from "./http/routes/connectivity.js";
import type { MailboxAccess } from "./graph/mailboxAccess.js";
import { createConnectivity } from "./connectivity/connectivity.js";
import { requestId } from "./http/requestId.js";
import { clientAddressOnce } from "./http/clientAddressOnce.js";
import { httpMetrics } from "./http/httpMetrics.js";
import type { Metrics } from "./observability/metrics.js";
import { ReadinessProbe } from "./readiness.js";
import type { RuleCompiler } from "./http/routes/rules/compilePool.js";
import { DEMO_GRAPH_PREFIX, demoGraphRoutes, type DemoGraph } from "./http/routes/demoGraph.js";
import { browserGraphOrigins } from "./http/browserGraphOrigins.js";

export interface AppDependencies {
  config: Config;
  logger: Logger;
  /** How mailbox endpoints reach Graph (live: token + On-Behalf-Of; demo: the demo mailbox). */
  mailbox: MailboxAccess;
  /** Where rate-limit counters live: memory unless instances must share them (e.g. Redis). */
  rateLimitStores?: RateLimitStores;
  /** Rule compilation, off the main thread (compilePool.ts). */
  compiler: RuleCompiler;
  /** Counts requests for Prometheus (served elsewhere: observability/metricsServer.ts). */
  metrics?: Metrics;
  /** What /readyz reports; main.ts marks it stopping at shutdown. */
  readiness?: ReadinessProbe;
  /** Demo mode: the visitors' Graph simulator, served to the taskpane's .pst import at /demo-graph. */
  demoGraph?: DemoGraph;
}

/** Endpoints that reach the signed-in user's mailbox. */
const MAILBOX_PATHS = ["/mailbox", "/rules/apply", "/migrate"];

export function createApp({
  config,
  logger,
  mailbox,
  rateLimitStores = memoryStores,
  compiler,
  metrics,
  readiness = new ReadinessProbe([]),
  demoGraph,
}: AppDependencies): Express {
  const app = express();
  const connectivity = createConnectivity(config);
  app.disable("x-powered-by");
  // res.send's ETag hashes every answer it sends: the API's, which are no-store (no client can use
  // one), and two small XML documents fetched at setup (the manifest, autoconfig). Static files
  // keep the ETags serve-static makes.
  app.set("etag", false);
  app.set("trust proxy", "loopback");
  app.use(clientAddressOnce);
  app.use(requestId);
  if (metrics) app.use(httpMetrics(metrics));
  app.use(securityHeaders(browserGraphOrigins(config)));
  app.use(requestLog(logger));
  // Health checks come from load balancers and orchestrators under any host name.
  app.use(healthRoutes(config.mode, VERSION, readiness));
  // The demo Graph's refusals (a folder not made yet, a mailbox busy) are Graph's answers relayed,
  // not the client's mistakes: a .pst import meets many.
  app.use(
    refusalSlowDown(config.rateLimits, rateLimitStores, logger, { notCounted: [DEMO_GRAPH_PREFIX] })
  );
  app.use(allowedHostsOnly(config.publicUrl));
  const perAddress = perAddressRateLimit(config.rateLimits, rateLimitStores, logger);
  app.use(AUTOCONFIG_PATHS, perAddress);
  app.use(autoconfigRoutes(connectivity.domains));

  const api = express.Router();
  api.use(noStore);
  api.use(sameOriginOnly([new URL(config.publicUrl).origin]));
  // Mailbox endpoints: the caller's token is checked first, then the user's fair-use budget; each
  // route then reads its body, with a size limit of its own.
  api.use(
    MAILBOX_PATHS,
    mailboxSession(mailbox),
    perUserRateLimit(config.rateLimits, rateLimitStores, logger)
  );
  api.use(mailboxDiagnoseRoutes(), applyRoutes(), foldersRoutes(), progressRoutes());
  api.use(perAddress);
  api.use(
    authConfigRoutes(config),
    providerLookupRoutes(connectivity.domains),
    diagnoseRoutes(connectivity.domains),
    compileRoutes(compiler),
    connectivityRoutes(connectivity)
  );
  api.use(notFound);
  app.use("/api", api);
  if (demoGraph) {
    app.use(DEMO_GRAPH_PREFIX, sameOriginOnly([new URL(config.publicUrl).origin]));
    app.use(demoGraphRoutes(demoGraph));
  }

  app.use(staticRoutes(config));
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
