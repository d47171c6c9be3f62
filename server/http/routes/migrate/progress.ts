// POST /api/migrate/progress: the counts and sizes of the upload's folders, in one batched Graph
// round trip per poll (server/graph/folderCounts.ts).
import { Router } from "express";
import type { ProgressPoll } from "@contracts/migration.js";
import { readFolderCounts } from "../../../graph/folderCounts.js";
import { mailboxClient } from "../../mailboxSession.js";
import { validate } from "../../validate.js";
import { PROGRESS_BODY_LIMIT, progressRequestSchema } from "./progressRequest.js";
import { jsonBody } from "../../jsonBody.js";

export function progressRoutes(): Router {
  const router = Router();
  router.post("/migrate/progress", jsonBody(PROGRESS_BODY_LIMIT), async (req, res) => {
    const { folderIds } = validate(progressRequestSchema, req.body, "body");
    const client = await mailboxClient(res, "read");
    const body: ProgressPoll = {
      at: new Date().toISOString(),
      folders: await readFolderCounts(client, folderIds),
    };
    res.json(body);
  });
  return router;
}
