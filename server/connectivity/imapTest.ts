// The IMAP sign-in test of a signed-in user: their token is validated, exchanged On-Behalf-Of them
// for an Outlook IMAP token (asked for this test only), which signs in to IMAP once. The token is
// obtained by a fresh On-Behalf-Of client that is dropped afterwards: nothing is cached or stored,
// and the token is never logged.
import { readFileSync } from "node:fs";
import type { ImapTestResult } from "@contracts/connectivity.js";
import type { Config } from "../config.js";
import { AuthError, type TokenValidator } from "../auth/tokenValidator.js";
import { IMAP_SCOPES, OboError } from "../auth/graphTokenProvider.js";
import { liveOboTokenProvider, liveTokenValidator } from "../auth/liveAuth.js";
import { HttpError } from "../http/errors.js";
import { testImapSignIn, type ImapServer } from "./imapSignIn.js";

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
    if (!azure || !this.validate)
      throw new HttpError(
        404,
        "demo_mode",
        "The IMAP sign-in test signs in with your Microsoft account: MailBridge runs in demo mode, without sign-in."
      );
    let user;
    try {
      user = await this.validate(authorization);
    } catch (error) {
      if (error instanceof AuthError) throw new HttpError(401, "unauthorized", error.message);
      throw error;
    }
    if (!user.username)
      throw new HttpError(
        400,
        "no_username",
        "Your sign-in does not say which address to test: sign in again with your email address."
      );
    let token: string;
    try {
      token = await liveOboTokenProvider(this.config, azure)(user, IMAP_SCOPES);
    } catch (error) {
      if (error instanceof OboError && error.consentRequired)
        throw new HttpError(
          403,
          "consent_required",
          "MailBridge needs your permission to sign in to IMAP once for this test. Sign in again to give it."
        );
      if (error instanceof OboError)
        throw new HttpError(
          502,
          "token_exchange_failed",
          `Microsoft did not give MailBridge an IMAP sign-in for the test (${error.message}).`
        );
      throw error;
    }
    const result = await testImapSignIn(this.server, user.username, token);
    return { email: user.username, server: `${this.server.host}:${this.server.port}`, result };
  }
}
