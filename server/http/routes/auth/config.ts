// Tells the taskpane how to sign in for our API: the app registration's client id, the authority and
// the scope the service requires. Public values (they are in the manifest too), never a secret.
import { Router } from "express";
import type { Config } from "../../../config.js";
import type { SignInConfig } from "@contracts/signIn.js";
import { SIGN_IN_AUTHORITY, applicationIdUri } from "../../../auth/microsoftIdentity.js";
import { ServiceError } from "../../serviceError.js";
import {
  GRAPH_IMPORT_SCOPES,
  GRAPH_READ_SCOPES,
  GRAPH_WRITE_SCOPES,
  IMAP_SCOPES,
} from "../../../auth/graphTokenProvider.js";

export function authConfigRoutes(config: Config): Router {
  const router = Router();
  router.get("/auth/config", (_req, res) => {
    if (!config.azure) throw new ServiceError("demo_mode");
    const body: SignInConfig = {
      clientId: config.azure.clientId,
      authority: SIGN_IN_AUTHORITY,
      apiScope: `${applicationIdUri(config.publicUrl, config.azure.clientId)}/${config.apiScope}`,
      graphScopes: { read: GRAPH_READ_SCOPES, write: GRAPH_WRITE_SCOPES, imap: IMAP_SCOPES },
      importScopes: GRAPH_IMPORT_SCOPES,
      graphBaseUrl: config.graphBaseUrl,
    };
    res.json(body);
  });
  return router;
}
