// One IMAP sign-in with OAuth2 (SASL XOAUTH2, as Outlook.com's IMAP server takes it), then log out:
// no folder is opened and no mail is read. imapflow signs in, asks NAMESPACE (where Exchange
// Online reveals an account whose IMAP is switched off) and logs out (verifyOnly).
import { ImapFlow } from "imapflow";
import type { ImapTestResult } from "@contracts/connectivity.js";

export interface ImapServer {
  host: string;
  port: number;
  /** Extra trusted certificate authority (a test server's); null: the system's. */
  ca: Buffer | null;
}

/**
 * Exchange Online accepts the sign-in of a mailbox whose IMAP is off, then answers every command
 * with "BAD User is authenticated but not connected."; imapflow reports that as a failed
 * authentication carrying the server's text.
 */
const IMAP_SWITCHED_OFF = /User is authenticated but not connected/i;

interface ImapFlowError {
  authenticationFailed?: boolean;
  response?: string;
  responseText?: string;
}

export async function testImapSignIn(
  server: ImapServer,
  user: string,
  accessToken: string,
  timeoutMs = 15_000
): Promise<ImapTestResult> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: true,
    auth: { user, accessToken },
    verifyOnly: true,
    logger: false,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    ...(server.ca ? { tls: { ca: [server.ca] } } : {}),
  });
  // A socket error after the outcome is known must not become an unhandled 'error' event.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return "works";
  } catch (error) {
    const failure = error as ImapFlowError;
    if (failure.authenticationFailed)
      return IMAP_SWITCHED_OFF.test(failure.response ?? failure.responseText ?? "")
        ? "imap-off"
        : "refused";
    // Refused connection, timeout, TLS failure, unknown host: the server could not be reached.
    return "unreachable";
  } finally {
    client.close();
  }
}
