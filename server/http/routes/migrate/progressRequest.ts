import { z } from "zod";

/** Folder ids from /api/migrate/folders, polled together. */
export const progressRequestSchema = z.strictObject({
  folderIds: z
    .array(z.string().min(1).max(512))
    .min(1, "name at least one folder")
    .max(20, "at most 20 folders per poll"),
});
