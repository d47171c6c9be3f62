import { Router } from "express";
import type { DiagnoseResponse } from "@contracts/diagnosis.js";
import { diagnose } from "../../core/diagnosis/diagnose.js";
import { InvalidEmailError } from "../../core/providers/lookup.js";
import { translator } from "../../i18n/index.js";
import { HttpError } from "../errors.js";
import { requestLocale } from "../requestLocale.js";
import { diagnoseRequestSchema } from "./diagnoseRequest.js";
import { validate } from "../validate.js";

export function diagnoseRoutes(): Router {
  const router = Router();
  router.post("/diagnose", (req, res) => {
    const request = validate(diagnoseRequestSchema, req.body, "diagnosis request");
    const locale = requestLocale(req, request.locale);
    try {
      const body: DiagnoseResponse = { locale, ...diagnose(request, translator(locale), locale) };
      res.json(body);
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new HttpError(400, "invalid_email", `email: ${error.message}`);
      throw error;
    }
  });
  return router;
}
