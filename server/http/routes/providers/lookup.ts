import { Router } from "express";
import { InvalidEmailError, lookupProvider } from "../../../core/providers/lookup.js";
import { HttpError } from "../../errors.js";
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
        throw new HttpError(400, "invalid_email", error.message);
      throw error;
    }
  });
  return router;
}
