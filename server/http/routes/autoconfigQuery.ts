import { z } from "zod";
import { storableText } from "../../core/storableText.js";

/** ?emailaddress=name@example.com, as Thunderbird sends it. */
export const autoconfigQuerySchema = z.object({
  emailaddress: storableText(
    z.string({ message: "add ?emailaddress=name@example.com" }).min(3).max(320)
  ),
});
