// Connectivity checks a person can run from the taskpane: what classic Outlook's Autodiscover will
// say for an address (no sign-in: Autodiscover is public), and, signed in, a real IMAP sign-in test.
import { Router } from "express";
import type { ImapTestResponse, OutlookDiscoveryResponse } from "@contracts/connectivity.js";
import { renderFindings } from "../../core/findings.js";
import { InvalidEmailError, parseEmail } from "../../core/providers/lookup.js";
import { outlookDiscoveryFinding } from "../../core/connectivity/outlookDiscoveryFinding.js";
import { imapTestFinding } from "../../core/connectivity/imapTestFinding.js";
import type { Connectivity } from "../../connectivity/connectivity.js";
import { translator } from "../../i18n/index.js";
import { HttpError } from "../errors.js";
import { requestLocale } from "../requestLocale.js";
import {
  imapTestRequestSchema,
  outlookDiscoveryRequestSchema,
} from "../schemas/connectivityRequest.js";
import { validate } from "../validate.js";

export function connectivityRoutes(connectivity: Connectivity): Router {
  const router = Router();
  router.post("/connectivity/outlook", async (req, res) => {
    const request = validate(outlookDiscoveryRequestSchema, req.body, "request");
    const locale = requestLocale(req, request.locale);
    let email: string;
    try {
      email = parseEmail(request.email).email;
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new HttpError(400, "invalid_email", `email: ${error.message}`);
      throw error;
    }
    const found = await connectivity.autodiscover.discover(email);
    const [finding] = renderFindings(
      [outlookDiscoveryFinding(email, found.result, found.url)],
      translator(locale),
      locale
    );
    const body: OutlookDiscoveryResponse = { locale, email, ...found, finding: finding! };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  router.post("/connectivity/imap-test", async (req, res) => {
    const request = validate(imapTestRequestSchema, req.body ?? {}, "request");
    const locale = requestLocale(req, request.locale);
    const outcome = await connectivity.imapTest.run(req.headers.authorization);
    const [finding] = renderFindings(
      [imapTestFinding(outcome.email, outcome.server, outcome.result)],
      translator(locale),
      locale
    );
    const body: ImapTestResponse = { locale, ...outcome, finding: finding! };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
