// POST /api/migrate/folders: the upload's destination folders, resolved once before polling.
import { Router } from "express";
import type { ResolvedFolder } from "@contracts/migration.js";
import { FolderResolver } from "../../../graph/folderResolver.js";
import type { MailboxAccess } from "../../../graph/mailboxAccess.js";
import { validate } from "../../validate.js";
import { foldersRequestSchema } from "./foldersRequest.js";

export function foldersRoutes(access: MailboxAccess): Router {
  const router = Router();
  router.post("/migrate/folders", async (req, res) => {
    const { paths } = validate(foldersRequestSchema, req.body, "folder list");
    const resolver = new FolderResolver(await access.clientFor(req, "read"), "read");
    const folders: ResolvedFolder[] = [];
    for (const path of paths) folders.push({ path, id: await resolver.resolve(path) });
    res.setHeader("Cache-Control", "no-store").json({ folders });
  });
  return router;
}
