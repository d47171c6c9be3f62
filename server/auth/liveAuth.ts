// The two halves of live-mode authentication, configured once from the service's configuration:
// validating the taskpane's token, and exchanging it On-Behalf-Of the user. The wire may be
// redirected to the identity simulator (tests, demo); names always stay Microsoft's.
import type { Config } from "../config.js";
import { AUTHORITY_HOST } from "./microsoftIdentity.js";
import { createTokenValidator, type TokenValidator } from "./tokenValidator.js";
import { createOboTokenProvider, type GraphTokenProvider } from "./graphTokenProvider.js";
import { redirectingNetworkClient } from "./redirectingNetworkClient.js";
import { memoryTokenCache } from "./memoryTokenCache.js";
import { memoryLimiters } from "../graph/limiter.js";

type Azure = NonNullable<Config["azure"]>;

/** Where the signing keys of Microsoft's tokens are published (or the identity simulator's). */
export function jwksUrlOf(config: Config): string {
  return `${config.identityBaseUrl}/common/discovery/v2.0/keys`;
}

export function liveTokenValidator(config: Config, azure: Azure): TokenValidator {
  return createTokenValidator({
    clientId: azure.clientId,
    authorityHost: AUTHORITY_HOST,
    jwksUrl: jwksUrlOf(config),
    requiredScope: config.apiScope,
    allowedTenants: config.allowedTenants && new Set(config.allowedTenants),
  });
}

type TokenStore = Pick<
  Parameters<typeof createOboTokenProvider>[0],
  "cache" | "exclusive" | "onToken"
>;

/**
 * An On-Behalf-Of client keeping its tokens in `store` (the shared state for Graph); by default a
 * cache of its own, in this process's memory only (a token asked for one test, e.g. IMAP).
 */
export function liveOboTokenProvider(
  config: Config,
  azure: Azure,
  store: TokenStore = { cache: memoryTokenCache(), exclusive: memoryLimiters(1) }
): GraphTokenProvider {
  return createOboTokenProvider({
    clientId: azure.clientId,
    clientSecret: azure.clientSecret,
    authorityHost: AUTHORITY_HOST,
    ...(config.identityBaseUrl !== AUTHORITY_HOST
      ? { networkClient: redirectingNetworkClient(AUTHORITY_HOST, config.identityBaseUrl) }
      : {}),
    ...store,
  });
}
