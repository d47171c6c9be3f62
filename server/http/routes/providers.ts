import { Router } from "express";
import { z } from "zod";
import { InvalidEmailError, lookupProvider } from "../../core/providers/lookup.js";
import type { CustomDomainDns } from "../../connectivity/customDomainDns.js";
import { HttpError } from "../errors.js";
import { validate } from "../validate.js";

const lookupQuery = z.object({
  email: z
    .string({ message: "add ?email=name@example.com" })
    .min(1, "add ?email=name@example.com")
    .max(320, "must be at most 320 characters"),
});

export function providerRoutes(domains: CustomDomainDns): Router {
  const router = Router();
  router.get("/providers/lookup", async (req, res) => {
    const { email } = validate(lookupQuery, req.query, "query");
    try {
      // A custom domain's provider comes from its MX record.
      const dns = await domains.forAddress(email);
      res.json(lookupProvider(email, dns?.mx ?? null));
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new HttpError(400, "invalid_email", error.message);
      throw error;
    }
  });
  return router;
}
