// The Express application, without listen(): main.ts serves it, tests drive it over real HTTP.
import express, { type Express } from "express";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { VERSION } from "./projectRoot.js";
import { errorHandler, notFound } from "./http/errors.js";
import { requestLog } from "./http/requestLog.js";
import { sameOriginOnly, securityHeaders } from "./http/security.js";
import { healthRoutes } from "./http/routes/health.js";
import { staticRoutes } from "./http/routes/static.js";
import { autoconfigRoutes } from "./http/routes/autoconfig.js";
import { providerRoutes } from "./http/routes/providers.js";
import { diagnoseRoutes } from "./http/routes/diagnose.js";
import { mailboxRoutes } from "./http/routes/mailbox.js";
import { ruleRoutes } from "./http/routes/rules.js";
import { ruleApplyRoutes } from "./http/routes/ruleApply.js";
import { migrationRoutes } from "./http/routes/migration.js";
import { signInRoutes } from "./http/routes/signIn.js";
import { demoGraphRoutes, type DemoGraph } from "./http/routes/demoGraph.js";
import type { MailboxAccess } from "./graph/mailboxAccess.js";
import { browserGraphOrigins } from "./http/browserGraphOrigins.js";

export interface AppDependencies {
  config: Config;
  logger: Logger;
  /** How mailbox endpoints reach Graph (live: token + On-Behalf-Of; demo: the demo mailbox). */
  mailbox: MailboxAccess;
  /** Demo mode: the demo mailbox's Graph simulator, served to the taskpane at /demo-graph. */
  demoGraph?: DemoGraph;
}

export function createApp({ config, logger, mailbox, demoGraph }: AppDependencies): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(securityHeaders(browserGraphOrigins(config)));
  app.use(requestLog(logger));
  app.use(healthRoutes(config.mode, VERSION));
  app.use(autoconfigRoutes());

  const api = express.Router();
  api.use(sameOriginOnly([new URL(config.publicUrl).origin]));
  api.use(express.json({ limit: "1mb" }));
  api.use(signInRoutes(config));
  api.use(providerRoutes());
  api.use(diagnoseRoutes());
  api.use(mailboxRoutes(mailbox));
  api.use(ruleRoutes());
  api.use(ruleApplyRoutes(mailbox));
  api.use(migrationRoutes(mailbox));
  api.use(notFound);
  app.use("/api", api);
  if (demoGraph) {
    app.use("/demo-graph", sameOriginOnly([new URL(config.publicUrl).origin]));
    app.use(demoGraphRoutes(demoGraph));
  }

  app.use(staticRoutes(config));
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
