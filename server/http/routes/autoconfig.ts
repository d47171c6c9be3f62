// Thunderbird autoconfig at its standard paths, so an organisation can point its
// autoconfig.<domain> host at MailBridge. A custom domain is answered from its MX record.
import { Router } from "express";
import { clientConfig } from "../../core/autoconfig/clientConfig.js";
import { InvalidEmailError, parseEmail, resolveProvider } from "../../core/providers/lookup.js";
import type { CustomDomainDns } from "../../connectivity/customDomainDns.js";
import { ServiceError } from "../serviceError.js";
import { validate } from "../validate.js";
import { autoconfigQuerySchema } from "./autoconfigQuery.js";

/** Where Thunderbird looks: the ISP's autoconfig host, and the domain's well-known path. */
export const AUTOCONFIG_PATHS = [
  "/mail/config-v1.1.xml",
  "/.well-known/autoconfig/mail/config-v1.1.xml",
];

export function autoconfigRoutes(domains: CustomDomainDns): Router {
  const router = Router();
  router.get(AUTOCONFIG_PATHS, async (req, res) => {
    const { emailaddress } = validate(autoconfigQuerySchema, req.query, "query");
    let domain: string;
    try {
      domain = parseEmail(emailaddress).domain;
    } catch (error) {
      if (error instanceof InvalidEmailError)
        throw new ServiceError("invalid_email", { path: ["emailaddress"] });
      throw error;
    }
    const dns = await domains.forDomain(domain);
    const { provider, evidence } = resolveProvider(domain, dns?.mx ?? null);
    const xml = provider.kind === "other" ? null : clientConfig(provider, domain, evidence);
    if (!xml) throw new ServiceError("unknown_provider", { domain });
    res.type("application/xml").setHeader("Cache-Control", "public, max-age=3600").send(xml);
  });
  return router;
}
