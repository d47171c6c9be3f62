import { z } from "zod";
import { storableText } from "../../../core/storableText.js";

const segment = storableText(z.string().min(1).max(255));

/** Destination folder paths of a .pst upload, e.g. [["Archive", "2019"]]. */
export const foldersRequestSchema = z.strictObject({
  paths: z.array(z.array(segment).min(1).max(10)).min(1).max(20),
});
