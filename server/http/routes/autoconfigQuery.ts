import { z } from "zod";

/** ?emailaddress=name@example.com, as Thunderbird sends it. */
export const autoconfigQuerySchema = z.object({
  emailaddress: z.string({ message: "add ?emailaddress=name@example.com" }).min(3).max(320),
});
