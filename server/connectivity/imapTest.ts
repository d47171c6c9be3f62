// The IMAP sign-in test of a signed-in user: their token is validated, exchanged On-Behalf-Of them
// for an Outlook IMAP token (asked for this test only), which signs in to IMAP once. The token is
// obtained by a fresh On-Behalf-Of client that is dropped afterwards: nothing is cached or stored,
// and the token is never logged. Failures are the identity edge's own errors (AuthError,
// TenantNotAllowedError, OboError) or the two below; the HTTP edge decides what they become.
import { readFileSync } from "node:fs";
import type { ImapTestResult } from "@contracts/connectivity.js";
import type { Config } from "../config.js";
import type { TokenValidator } from "../auth/tokenValidator.js";
import { IMAP_SCOPES } from "../auth/graphTokenProvider.js";
import { liveOboTokenProvider, liveTokenValidator } from "../auth/liveAuth.js";
import { testImapSignIn, type ImapServer } from "./imapSignIn.js";

/** Demo mode: nobody signs in, so there is no IMAP sign-in to test. */
export class ImapTestUnavailableError extends Error {}

/** The token names no address (no preferred_username claim) to sign in to IMAP with. */
export class ImapUsernameMissingError extends Error {}

export interface ImapTestOutcome {
  email: string;
  server: string;
  result: ImapTestResult;
}

export class ImapTest {
  private readonly validate: TokenValidator | null;
  private readonly server: ImapServer;

  constructor(private readonly config: Config) {
    this.validate = config.azure ? liveTokenValidator(config, config.azure) : null;
    const { host, port, caFile } = config.connectivity.imap;
    this.server = { host, port, ca: caFile ? readFileSync(caFile) : null };
  }

  async run(authorization: string | undefined): Promise<ImapTestOutcome> {
    const azure = this.config.azure;
    if (!azure || !this.validate) throw new ImapTestUnavailableError("demo mode");
    const user = await this.validate(authorization);
    if (!user.username) throw new ImapUsernameMissingError("no preferred_username in the token");
    const token = await liveOboTokenProvider(this.config, azure)(user, IMAP_SCOPES);
    const result = await testImapSignIn(this.server, user.username, token);
    return { email: user.username, server: `${this.server.host}:${this.server.port}`, result };
  }
}
