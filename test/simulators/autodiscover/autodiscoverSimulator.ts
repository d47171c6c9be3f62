// Exchange Online's Autodiscover v2 endpoint over real HTTP, for tests: the JSON answer for a
// mailbox it hosts, the 302 to its own autodiscover.json for an address it does not know, a redirect
// to an organisation's own Exchange for hybrid domains, and the 400 InvalidProtocol error, with the
// bodies and headers Exchange Online sends (see the sources in docs/autodiscover-v2.md).
import type http from "node:http";
import {
  startLoopbackServer,
  type LoopbackServer,
} from "../../../server/simulators/loopbackServer.js";

export const PROTOCOLS = ["Rest", "ActiveSync", "Ews", "AutodiscoverV1"] as const;

export class AutodiscoverSimulator {
  /** Addresses (lower case) with a mailbox in Exchange Online. */
  readonly mailboxes = new Set<string>();
  /** Domains whose mailboxes are on the organisation's own Exchange: domain → its server. */
  readonly onPremises = new Map<string, string>();
  /** Every request path and query, for tests. */
  readonly requests: string[] = [];
  /** Slow down answers (ms), to test timeouts. */
  delayMs = 0;
  private server: LoopbackServer | null = null;

  async listen(): Promise<string> {
    this.server = await startLoopbackServer((req, res) => void this.handle(req, res));
    return this.server.url;
  }

  get baseUrl(): string {
    return this.server?.url ?? "";
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    this.requests.push(`${url.pathname}${url.search}`);
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const match = /^\/autodiscover\/autodiscover\.json\/v1\.0\/([^/]+)$/i.exec(url.pathname);
    if (req.method !== "GET" || !match) return void res.writeHead(404).end();
    const email = decodeURIComponent(match[1]!).toLowerCase();
    const protocol = url.searchParams.get("Protocol") ?? "";
    const known = PROTOCOLS.find((name) => name.toLowerCase() === protocol.toLowerCase());
    if (!known) {
      return json(res, 400, {
        ErrorCode: "InvalidProtocol",
        ErrorMessage: `The given protocol value '${protocol.replace(/[^\da-z]/gi, "")}' is invalid. Supported values are '${PROTOCOLS.join(",")}'`,
      });
    }
    if (this.mailboxes.has(email)) {
      const paths: Record<(typeof PROTOCOLS)[number], string> = {
        AutodiscoverV1: "/autodiscover/autodiscover.xml",
        Ews: "/EWS/Exchange.asmx",
        ActiveSync: "/Microsoft-Server-ActiveSync",
        Rest: "/api",
      };
      return json(res, 200, {
        Protocol: known,
        Url: `https://outlook.office365.com${paths[known]}`,
      });
    }
    const onPremises = this.onPremises.get(email.split("@")[1] ?? "");
    const query = `Email=${encodeURIComponent(email)}&Protocol=${known}&RedirectCount=1`;
    redirect(
      res,
      onPremises
        ? `https://${onPremises}/autodiscover/autodiscover.json?${query}`
        : `${this.baseUrl}/autodiscover/autodiscover.json?${query}`
    );
  }
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "private",
    })
    .end(JSON.stringify(body));
}

function redirect(res: http.ServerResponse, location: string): void {
  const escaped = location.replace(/&/g, "&amp;");
  res
    .writeHead(302, {
      Location: location,
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private",
    })
    .end(
      `<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="${escaped}">here</a>.</h2>\r\n</body></html>\r\n`
    );
}
