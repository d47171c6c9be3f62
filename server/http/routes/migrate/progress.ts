// POST /api/migrate/progress: the counts and sizes of the upload's folders, in one batched Graph
// round trip per poll.
import { Router } from "express";
import type { FolderCount, ProgressPoll } from "@contracts/migration.js";
import { isThrottled } from "../../../graph/graphClient.js";
import { mailboxClient } from "../../mailboxSession.js";
import { validate } from "../../validate.js";
import { PROGRESS_BODY_LIMIT, progressRequestSchema } from "./progressRequest.js";
import { jsonBody } from "../../jsonBody.js";

const SIZE = "singleValueExtendedProperties($filter=id%20eq%20'Long%200x0E08')";

export function progressRoutes(): Router {
  const router = Router();
  router.post("/migrate/progress", jsonBody(PROGRESS_BODY_LIMIT), async (req, res) => {
    const { folderIds } = validate(progressRequestSchema, req.body, "body");
    const client = await mailboxClient(res, "read");
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
    res.json(body);
  });
  return router;
}
