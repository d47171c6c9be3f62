// POST /api/migrate/folders: the upload's destination folders, resolved once before polling.
import { Router } from "express";
import type { ResolvedFolder } from "@contracts/migration.js";
import { FolderResolver } from "../../../graph/folderResolver.js";
import { mailboxClient } from "../../mailboxSession.js";
import { validate } from "../../validate.js";
import { FOLDERS_BODY_LIMIT, foldersRequestSchema } from "./foldersRequest.js";
import { jsonBody } from "../../jsonBody.js";

export function foldersRoutes(): Router {
  const router = Router();
  router.post("/migrate/folders", jsonBody(FOLDERS_BODY_LIMIT), async (req, res) => {
    const { paths } = validate(foldersRequestSchema, req.body, "body");
    const resolver = new FolderResolver(await mailboxClient(res, "read"), { create: false });
    const folders: ResolvedFolder[] = [];
    for (const path of paths) folders.push({ path, id: await resolver.resolve(path) });
    res.json({ folders });
  });
  return router;
}
