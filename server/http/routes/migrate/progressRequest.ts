import { z } from "zod";
import { storableText } from "../../../core/storableText.js";

/** 20 ids of at most 512 characters. */
export const PROGRESS_BODY_LIMIT = 32 * 1024;

/** Folder ids from /api/migrate/folders, polled together. */
export const progressRequestSchema = z.strictObject({
  folderIds: z
    .array(storableText(z.string().min(1).max(512)))
    .min(1, "name at least one folder")
    .max(20, "at most 20 folders per poll"),
});
