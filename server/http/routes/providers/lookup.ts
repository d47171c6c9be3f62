import { Router } from "express";
import { InvalidEmailError, lookupProvider } from "../../../core/providers/lookup.js";
import type { CustomDomainDns } from "../../../connectivity/customDomainDns.js";
import { ServiceError } from "../../serviceError.js";
import { validate } from "../../validate.js";
import { lookupQuerySchema } from "./lookupQuery.js";

export function providerLookupRoutes(domains: CustomDomainDns): Router {
  const router = Router();
  router.get("/providers/lookup", async (req, res) => {
    const { email } = validate(lookupQuerySchema, req.query, "query");
    try {
      // A custom domain's provider comes from its MX record.
      const dns = await domains.forAddress(email);
      res.json(lookupProvider(email, dns?.mx ?? null));
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new ServiceError("invalid_email", { path: ["email"] });
      throw error;
    }
  });
  return router;
}
