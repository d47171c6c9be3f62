import { Router } from "express";
import { z } from "zod";
import { InvalidEmailError, lookupProvider } from "../../core/providers/lookup.js";
import { HttpError } from "../errors.js";
import { validate } from "../validate.js";

const lookupQuery = z.object({
  email: z
    .string({ message: "add ?email=name@example.com" })
    .min(1, "add ?email=name@example.com")
    .max(320, "must be at most 320 characters"),
});

export function providerRoutes(): Router {
  const router = Router();
  router.get("/providers/lookup", (req, res) => {
    const { email } = validate(lookupQuery, req.query, "query");
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
