import { Router } from "express";
import { InvalidEmailError, lookupProvider } from "../../../core/providers/lookup.js";
import { ServiceError } from "../../serviceError.js";
import { validate } from "../../validate.js";
import { lookupQuerySchema } from "./lookupQuery.js";

export function providerLookupRoutes(): Router {
  const router = Router();
  router.get("/providers/lookup", (req, res) => {
    const { email } = validate(lookupQuerySchema, req.query, "query");
    try {
      res.json(lookupProvider(email));
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new ServiceError("invalid_email", { path: ["email"] });
      throw error;
    }
  });
  return router;
}
