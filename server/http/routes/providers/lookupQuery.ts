import { z } from "zod";

/** ?email=name@example.com */
export const lookupQuerySchema = z.object({
  email: z
    .string({ message: "add ?email=name@example.com" })
    .min(1, "add ?email=name@example.com")
    .max(320, "must be at most 320 characters"),
});
