// POST /api/mailbox/diagnose: reads the signed-in user's mailbox through Graph and returns mailbox
// findings plus a storage summary for the chart.
import { Router } from "express";
import type { MailboxDiagnosis } from "@contracts/mailbox.js";
import { readMailbox } from "../../../graph/readMailbox.js";
import { MAILBOX_CHECKS } from "../../../core/mailbox/mailboxChecks.js";
import { storageSummary } from "../../../core/mailbox/storageSummary.js";
import { folderNames } from "../../../core/mailbox/folderNames.js";
import { isUnavailable } from "../../../core/mailbox/mailboxData.js";
import { renderFindings } from "../../../core/findings.js";
import { translator } from "../../../i18n/index.js";
import { mailboxClient } from "../../mailboxSession.js";
import { requestLocale } from "../../requestLocale.js";
import { validate } from "../../validate.js";
import { MAILBOX_DIAGNOSE_BODY_LIMIT, mailboxDiagnoseRequestSchema } from "./diagnoseRequest.js";
import { jsonBody } from "../../jsonBody.js";

const GB = 1024 ** 3;

export function mailboxDiagnoseRoutes(): Router {
  const router = Router();
  router.post("/mailbox/diagnose", jsonBody(MAILBOX_DIAGNOSE_BODY_LIMIT), async (req, res) => {
    const request = validate(mailboxDiagnoseRequestSchema, req.body ?? {}, "body");
    const data = await readMailbox(await mailboxClient(res, "read"));
    const quotaBytes = (request.quotaGb ?? 15) * GB;
    const locale = requestLocale(req, request.locale);
    const drafts = MAILBOX_CHECKS.flatMap((check) => check({ data, now: new Date(), quotaBytes }));
    const body: MailboxDiagnosis = {
      locale,
      findings: renderFindings(drafts, translator(locale), locale),
      storage: storageSummary(data, quotaBytes),
      folderNames: folderNames(data),
      address: isUnavailable(data.user) ? null : data.user.mail,
    };
    res.json(body);
  });
  return router;
}
