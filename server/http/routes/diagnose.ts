import { Router } from "express";
import type { DiagnoseResponse } from "@contracts/diagnosis.js";
import { diagnose, diagnosedAddress } from "../../core/diagnosis/diagnose.js";
import type { CustomDomainDns } from "../../connectivity/customDomainDns.js";
import { InvalidEmailError } from "../../core/providers/lookup.js";
import { translator } from "../../i18n/index.js";
import { HttpError } from "../errors.js";
import { requestLocale } from "../requestLocale.js";
import { diagnoseRequestSchema } from "../schemas/diagnoseRequest.js";
import { validate } from "../validate.js";

export function diagnoseRoutes(domains: CustomDomainDns): Router {
  const router = Router();
  router.post("/diagnose", async (req, res) => {
    const request = validate(diagnoseRequestSchema, req.body, "diagnosis request");
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
        throw new HttpError(400, "invalid_email", `email: ${error.message}`);
      throw error;
    }
  });
  return router;
}
