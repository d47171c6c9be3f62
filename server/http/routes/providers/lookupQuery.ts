import { z } from "zod";
import { storableText } from "../../../core/storableText.js";

/** ?email=name@example.com */
export const lookupQuerySchema = z.object({
  email: storableText(
    z
      .string({ message: "add ?email=name@example.com" })
      .min(1, "add ?email=name@example.com")
      .max(320, "must be at most 320 characters")
  ),
});
