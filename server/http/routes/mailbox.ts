// POST /api/mailbox/diagnose: reads the signed-in user's mailbox through Graph and returns mailbox
// findings plus a storage summary for the chart.
import { Router } from "express";
import { z } from "zod";
import { LOCALES } from "@contracts/locales.js";
import type { MailboxDiagnosis } from "@contracts/mailbox.js";
import type { MailboxAccess } from "../../graph/mailboxAccess.js";
import { readMailbox } from "../../graph/readMailbox.js";
import { MAILBOX_CHECKS } from "../../core/mailbox/mailboxChecks.js";
import { storageSummary } from "../../core/mailbox/storageSummary.js";
import { renderFindings } from "../../core/findings.js";
import { translator } from "../../i18n/index.js";
import { requestLocale } from "../requestLocale.js";
import { validate } from "../validate.js";

const GB = 1024 ** 3;

const requestSchema = z.strictObject({
  locale: z.enum(LOCALES).optional(),
  /** The user's plan: 15 GB free Outlook.com, 50/100 GB with Microsoft 365. Graph cannot tell us. */
  quotaGb: z.number().int().min(1).max(2000).optional(),
});

export function mailboxRoutes(access: MailboxAccess): Router {
  const router = Router();
  router.post("/mailbox/diagnose", async (req, res) => {
    const request = validate(requestSchema, req.body ?? {}, "mailbox diagnosis request");
    const client = await access.clientFor(req, "read");
    const data = await readMailbox(client);
    const quotaBytes = (request.quotaGb ?? 15) * GB;
    const locale = requestLocale(req, request.locale);
    const drafts = MAILBOX_CHECKS.flatMap((check) => check({ data, now: new Date(), quotaBytes }));
    const body: MailboxDiagnosis = {
      locale,
      findings: renderFindings(drafts, translator(locale), locale),
      storage: storageSummary(data, quotaBytes),
    };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
