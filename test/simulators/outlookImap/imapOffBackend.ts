// How Exchange Online's IMAP server treats a mailbox whose IMAP is switched off, for tests: the
// sign-in succeeds, CAPABILITY answers, every other command gets "BAD User is authenticated but not
// connected." and the second one ends the session with "* BYE Connection closed. 14" (as captured
// from outlook.office365.com in public client logs: MailKit #1494, imapsync #411, node-imap #523).
// The test IMAP server (dovecot) authenticates the OAuth2 token itself, then proxies such users'
// sessions here, so the client sees exactly that exchange after a real XOAUTH2 sign-in.
import net from "node:net";
import type { AddressInfo } from "node:net";

const CAPABILITY =
  "IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+";

export interface ImapOffBackend {
  port: number;
  /** Commands received after the proxy's own sign-in (tag stripped), e.g. "NAMESPACE". */
  commands: string[];
  close(): Promise<void>;
}

export async function startImapOffBackend(): Promise<ImapOffBackend> {
  const commands: string[] = [];
  const server = net.createServer((socket) => {
    socket.write("* OK The Microsoft Exchange IMAP4 service is ready.\r\n");
    let buffer = "";
    let signedIn = false;
    let refused = 0;
    socket.on("error", () => undefined);
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const [tag = "*", name = ""] = line.split(" ");
        const command = name.toUpperCase();
        if (signedIn) commands.push(command);
        if (command === "CAPABILITY")
          socket.write(`* CAPABILITY ${CAPABILITY}\r\n${tag} OK CAPABILITY completed.\r\n`);
        else if (command === "ID") socket.write(`* ID NIL\r\n${tag} OK ID completed.\r\n`);
        else if (command === "LOGIN" || command === "AUTHENTICATE") {
          signedIn = true;
          socket.write(`${tag} OK AUTHENTICATE completed.\r\n`);
        } else if (command === "LOGOUT") {
          socket.end(
            `* BYE Microsoft Exchange Server IMAP4 server signing off.\r\n${tag} OK LOGOUT completed.\r\n`
          );
        } else {
          socket.write(`${tag} BAD User is authenticated but not connected.\r\n`);
          if (++refused >= 2) socket.end("* BYE Connection closed. 14\r\n");
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    commands,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
