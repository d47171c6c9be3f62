// Thunderbird autoconfig at its standard paths, so an organisation can point its
// autoconfig.<domain> host at MailBridge.
import { Router } from "express";
import { z } from "zod";
import { clientConfig } from "../../core/autoconfig/clientConfig.js";
import { InvalidEmailError, parseEmail, resolveProvider } from "../../core/providers/lookup.js";
import type { CustomDomainDns } from "../../connectivity/customDomainDns.js";
import { HttpError } from "../errors.js";
import { validate } from "../validate.js";

const query = z.object({
  emailaddress: z.string({ message: "add ?emailaddress=name@example.com" }).min(3).max(320),
});

export function autoconfigRoutes(domains: CustomDomainDns): Router {
  const router = Router();
  router.get(
    ["/mail/config-v1.1.xml", "/.well-known/autoconfig/mail/config-v1.1.xml"],
    async (req, res) => {
      const { emailaddress } = validate(query, req.query, "query");
      let domain: string;
      try {
        domain = parseEmail(emailaddress).domain;
      } catch (error) {
        if (error instanceof InvalidEmailError)
          throw new HttpError(400, "invalid_email", error.message);
        throw error;
      }
      const dns = await domains.forDomain(domain);
      const { provider, evidence } = resolveProvider(domain, dns?.mx ?? null);
      const xml = provider.kind === "other" ? null : clientConfig(provider, domain, evidence);
      if (!xml)
        throw new HttpError(
          404,
          "unknown_provider",
          `MailBridge has no verified settings for ${domain}.`
        );
      res.type("application/xml").setHeader("Cache-Control", "public, max-age=3600").send(xml);
    }
  );
  return router;
}
