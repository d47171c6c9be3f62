import { z } from "zod";
import { storableText } from "../../../core/storableText.js";

const segment = storableText(z.string().min(1).max(255));

/** 20 paths of 10 names of 255 characters, at 3 bytes each in UTF-8, fit in 256 KB. */
export const FOLDERS_BODY_LIMIT = 256 * 1024;

/** Destination folder paths of a .pst upload, e.g. [["Archive", "2019"]]. */
export const foldersRequestSchema = z.strictObject({
  paths: z.array(z.array(segment).min(1).max(10)).min(1).max(20),
});
