// Upload progress for the .pst migration: resolve destination folders once, then poll their counts
// and sizes in one batched Graph round trip per poll.
import { Router } from "express";
import { z } from "zod";
import type { FolderCount, ProgressPoll, ResolvedFolder } from "@contracts/migration.js";
import { FolderResolver } from "../../graph/folderResolver.js";
import { isThrottled } from "../../graph/graphClient.js";
import type { MailboxAccess } from "../../graph/mailboxAccess.js";
import { validate } from "../validate.js";

const segment = z.string().min(1).max(255);
const foldersRequest = z.strictObject({
  paths: z.array(z.array(segment).min(1).max(10)).min(1).max(20),
});
const progressRequest = z.strictObject({
  folderIds: z
    .array(z.string().min(1).max(512))
    .min(1, "name at least one folder")
    .max(20, "at most 20 folders per poll"),
});

const SIZE = "singleValueExtendedProperties($filter=id%20eq%20'Long%200x0E08')";

export function migrationRoutes(access: MailboxAccess): Router {
  const router = Router();
  router.post("/migrate/folders", async (req, res) => {
    const { paths } = validate(foldersRequest, req.body, "folder list");
    const resolver = new FolderResolver(await access.clientFor(req, "read"), "read");
    const folders: ResolvedFolder[] = [];
    for (const path of paths) folders.push({ path, id: await resolver.resolve(path) });
    res.setHeader("Cache-Control", "no-store").json({ folders });
  });
  router.post("/migrate/progress", async (req, res) => {
    const { folderIds } = validate(progressRequest, req.body, "progress request");
    const client = await access.clientFor(req, "read");
    const responses = await client.batch<{
      totalItemCount?: number;
      singleValueExtendedProperties?: { value: string }[];
    }>(
      folderIds.map((id, index) => ({
        id: String(index),
        method: "GET",
        url: `/me/mailFolders/${encodeURIComponent(id)}?$select=id,totalItemCount&$expand=${SIZE}`,
      }))
    );
    const folders: FolderCount[] = responses.map((response, index) => {
      const id = folderIds[index]!;
      if (response.status === 200)
        return {
          id,
          items: response.body.totalItemCount ?? 0,
          sizeBytes: Number(response.body.singleValueExtendedProperties?.[0]?.value ?? 0),
        };
      return {
        id,
        unavailable:
          response.status === 404
            ? "missing"
            : isThrottled(response.status)
              ? "throttled"
              : "error",
      };
    });
    const body: ProgressPoll = { at: new Date().toISOString(), folders };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
