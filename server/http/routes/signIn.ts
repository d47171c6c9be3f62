// Tells the taskpane how to sign in for our API: the app registration's client id, the authority and
// the scope the service requires. Public values (they are in the manifest too), never a secret.
import { Router } from "express";
import type { Config } from "../../config.js";
import type { SignInConfig } from "@contracts/signIn.js";
import { SIGN_IN_AUTHORITY, applicationIdUri } from "../../auth/microsoftIdentity.js";
import { HttpError } from "../errors.js";
import {
  GRAPH_IMPORT_SCOPES,
  GRAPH_READ_SCOPES,
  GRAPH_WRITE_SCOPES,
} from "../../auth/graphTokenProvider.js";

export function signInRoutes(config: Config): Router {
  const router = Router();
  router.get("/auth/config", (_req, res) => {
    if (!config.azure)
      throw new HttpError(
        404,
        "demo_mode",
        "No Azure app is configured: MailBridge runs in demo mode, which needs no sign-in."
      );
    const body: SignInConfig = {
      clientId: config.azure.clientId,
      authority: SIGN_IN_AUTHORITY,
      apiScope: `${applicationIdUri(config.publicUrl, config.azure.clientId)}/${config.apiScope}`,
      graphScopes: { read: GRAPH_READ_SCOPES, write: GRAPH_WRITE_SCOPES },
      importScopes: GRAPH_IMPORT_SCOPES,
      graphBaseUrl: config.graphBaseUrl,
    };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
