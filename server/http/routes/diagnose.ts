import { Router } from "express";
import type { DiagnoseResponse } from "@contracts/diagnosis.js";
import { diagnose, diagnosedAddress } from "../../core/diagnosis/diagnose.js";
import type { CustomDomainDns } from "../../connectivity/customDomainDns.js";
import { InvalidEmailError } from "../../core/providers/lookup.js";
import { translator } from "../../i18n/index.js";
import { ServiceError } from "../serviceError.js";
import { requestLocale } from "../requestLocale.js";
import { DIAGNOSE_BODY_LIMIT, diagnoseRequestSchema } from "./diagnoseRequest.js";
import { jsonBody } from "../jsonBody.js";
import { validate } from "../validate.js";

export function diagnoseRoutes(domains: CustomDomainDns): Router {
  const router = Router();
  router.post("/diagnose", jsonBody(DIAGNOSE_BODY_LIMIT), async (req, res) => {
    const request = validate(diagnoseRequestSchema, req.body, "body");
    const locale = requestLocale(req, request.locale);
    try {
      const address = diagnosedAddress(request);
      // A custom domain is diagnosed from its DNS (provider from MX, autodiscover and SRV records).
      const dns = address ? await domains.forAddress(address) : null;
      const body: DiagnoseResponse = {
        locale,
        ...diagnose(request, translator(locale), locale, dns),
      };
      res.json(body);
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new ServiceError("invalid_email", {
          // The address diagnosed is the one typed in, else the one Outlook reports.
          path: request.email?.trim() ? ["email"] : ["snapshot", "emailAddress"],
        });
      throw error;
    }
  });
  return router;
}
