// The two halves of live-mode authentication, configured once from the service's configuration:
// validating the taskpane's token, and exchanging it On-Behalf-Of the user. The wire may be
// redirected to the identity simulator (tests, demo); names always stay Microsoft's.
import type { Config } from "../config.js";
import { AUTHORITY_HOST } from "./microsoftIdentity.js";
import { createTokenValidator, type TokenValidator } from "./tokenValidator.js";
import { createOboTokenProvider, type GraphTokenProvider } from "./graphTokenProvider.js";
import { redirectingNetworkClient } from "./redirectingNetworkClient.js";

type Azure = NonNullable<Config["azure"]>;

export function liveTokenValidator(config: Config, azure: Azure): TokenValidator {
  return createTokenValidator({
    clientId: azure.clientId,
    authorityHost: AUTHORITY_HOST,
    jwksUrl: `${config.identityBaseUrl}/common/discovery/v2.0/keys`,
    requiredScope: config.apiScope,
    allowedTenants: config.allowedTenants && new Set(config.allowedTenants),
  });
}

/** A new On-Behalf-Of client, with its own (in-memory) token cache. */
export function liveOboTokenProvider(config: Config, azure: Azure): GraphTokenProvider {
  return createOboTokenProvider({
    clientId: azure.clientId,
    clientSecret: azure.clientSecret,
    authorityHost: AUTHORITY_HOST,
    ...(config.identityBaseUrl !== AUTHORITY_HOST
      ? { networkClient: redirectingNetworkClient(AUTHORITY_HOST, config.identityBaseUrl) }
      : {}),
  });
}
