// Connectivity checks a person can run from the taskpane: what classic Outlook's Autodiscover will
// say for an address (no sign-in: Autodiscover is public), and, signed in, a real IMAP sign-in test.
import { Router } from "express";
import type { ImapTestResponse, OutlookDiscoveryResponse } from "@contracts/connectivity.js";
import { renderFindings } from "../../core/findings.js";
import { InvalidEmailError, parseEmail } from "../../core/providers/lookup.js";
import { outlookDiscoveryFinding } from "../../core/connectivity/outlookDiscoveryFinding.js";
import { imapTestFinding } from "../../core/connectivity/imapTestFinding.js";
import type { Connectivity } from "../../connectivity/connectivity.js";
import { ImapTestUnavailableError, ImapUsernameMissingError } from "../../connectivity/imapTest.js";
import { translator } from "../../i18n/index.js";
import { identityFailure } from "../mailboxSession.js";
import { ServiceError } from "../serviceError.js";
import { requestLocale } from "../requestLocale.js";
import { jsonBody } from "../jsonBody.js";
import {
  CONNECTIVITY_BODY_LIMIT,
  imapTestRequestSchema,
  outlookDiscoveryRequestSchema,
} from "./connectivityRequest.js";
import { validate } from "../validate.js";

export function connectivityRoutes(connectivity: Connectivity): Router {
  const router = Router();
  router.post("/connectivity/outlook", jsonBody(CONNECTIVITY_BODY_LIMIT), async (req, res) => {
    const request = validate(outlookDiscoveryRequestSchema, req.body, "body");
    const locale = requestLocale(req, request.locale);
    let email: string;
    try {
      email = parseEmail(request.email).email;
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new ServiceError("invalid_email", { path: ["email"] });
      throw error;
    }
    const found = await connectivity.autodiscover.discover(email);
    const [finding] = renderFindings(
      [outlookDiscoveryFinding(email, found.result, found.url)],
      translator(locale),
      locale
    );
    const body: OutlookDiscoveryResponse = { locale, email, ...found, finding: finding! };
    res.json(body);
  });
  router.post("/connectivity/imap-test", jsonBody(CONNECTIVITY_BODY_LIMIT), async (req, res) => {
    const request = validate(imapTestRequestSchema, req.body ?? {}, "body");
    const locale = requestLocale(req, request.locale);
    let outcome;
    try {
      outcome = await connectivity.imapTest.run(req.headers.authorization);
    } catch (error) {
      if (error instanceof ImapTestUnavailableError) throw new ServiceError("demo_mode");
      if (error instanceof ImapUsernameMissingError) throw new ServiceError("username_missing");
      throw identityFailure(res, error, "imap") ?? error;
    }
    const [finding] = renderFindings(
      [imapTestFinding(outcome.email, outcome.server, outcome.result)],
      translator(locale),
      locale
    );
    const body: ImapTestResponse = { locale, ...outcome, finding: finding! };
    res.json(body);
  });
  return router;
}
