// The Express application, without listen(): main.ts serves it, tests drive it over real HTTP.
import express, { type Express } from "express";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { VERSION } from "./projectRoot.js";
import { errorHandler, notFound } from "./http/errors.js";
import { requestLog } from "./http/requestLog.js";
import { noStore, sameOriginOnly, securityHeaders } from "./http/security.js";
import { jsonBody } from "./http/jsonBody.js";
import { mailboxSession } from "./http/mailboxSession.js";
import { healthRoutes } from "./http/routes/health.js";
import { staticRoutes } from "./http/routes/static.js";
import { autoconfigRoutes } from "./http/routes/autoconfig.js";
import { providerLookupRoutes } from "./http/routes/providers/lookup.js";
import { diagnoseRoutes } from "./http/routes/diagnose.js";
import { mailboxDiagnoseRoutes } from "./http/routes/mailbox/diagnose.js";
import { compileRoutes } from "./http/routes/rules/compile.js";
import { applyRoutes } from "./http/routes/rules/apply.js";
import { foldersRoutes } from "./http/routes/migrate/folders.js";
import { progressRoutes } from "./http/routes/migrate/progress.js";
import { authConfigRoutes } from "./http/routes/auth/config.js";
import type { MailboxAccess } from "./graph/mailboxAccess.js";

export interface AppDependencies {
  config: Config;
  logger: Logger;
  /** How mailbox endpoints reach Graph (live: token + On-Behalf-Of; demo: the demo mailbox). */
  mailbox: MailboxAccess;
}

export function createApp({ config, logger, mailbox }: AppDependencies): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(securityHeaders());
  app.use(requestLog(logger));
  app.use(healthRoutes(config.mode, VERSION));
  app.use(autoconfigRoutes());

  const api = express.Router();
  api.use(noStore);
  api.use(sameOriginOnly([new URL(config.publicUrl).origin]));
  api.use(jsonBody(1024 * 1024));
  api.use(authConfigRoutes(config));
  api.use(providerLookupRoutes());
  api.use(diagnoseRoutes());
  api.use(compileRoutes());
  // Mailbox endpoints: the caller's token is checked before anything else.
  api.use(["/mailbox", "/rules/apply", "/migrate"], mailboxSession(mailbox));
  api.use(mailboxDiagnoseRoutes());
  api.use(applyRoutes());
  api.use(foldersRoutes());
  api.use(progressRoutes());
  api.use(notFound);
  app.use("/api", api);

  app.use(staticRoutes(config));
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
