// A Graph v1.0 simulator over real HTTP, speaking Graph's wire format for what MailBridge uses:
// /me, mail folders one level at a time (mail search folders among them, typed with @odata.type;
// paging with @odata.nextLink, $top/$skip/$select, the folder size extended property via $expand),
// messages (newest first, $top, $count; created with extended properties, found again by $filter on
// one, read back by id), file attachments and upload sessions, inbox rules (GET/POST/PATCH/DELETE,
// checked and normalised as Graph does), mailbox settings, folder creation and JSON $batch (20
// requests max, inner URLs with or without /v1.0). The 4 MB request limit always applies; Outlook's
// per-mailbox budgets when asked. Errors use Graph's body shape; faults are injected on demand. What
// it answers is held against Graph's own schema (the v1.0 CSDL) in test/server/simulators/graphCsdl.test.ts.
import type http from "node:http";
import { readBodyBytes, startLoopbackServer, type LoopbackServer } from "../loopbackServer.js";
import { randomUUID } from "node:crypto";
import { OUTLOOK_LIMITS, type OutlookLimits } from "@contracts/outlookLimits.js";
import { buildMailbox, type MailboxSeed, type SimFolder, type SimMailbox } from "./mailbox.js";
import { FaultInjector, NO_FAULTS, type FaultKind, type FaultOptions } from "./faults.js";
import { GraphError, itemNotFound, requestBodyRead } from "./graphError.js";
import { createRule, updateRule, type FolderIdResolver } from "./messageRules.js";
import {
  createMessage,
  expandedPropertyIds,
  extendedPropertyFilter,
  messageJson,
  messageSize,
  seededMessage,
  type SimMessage,
} from "./messages.js";
import {
  acceptRange,
  attachmentJson,
  openUploadSession,
  readFileAttachment,
  type UploadSession,
} from "./attachments.js";
import { OutlookBudget } from "./outlookBudget.js";

export const FOLDER_SIZE_PROPERTY = "Long 0x0E08";
const MAX_BATCH = 20;
const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;
const SEARCH_FOLDER_TYPE = "#microsoft.graph.mailSearchFolder";
/** Graph ids are base64 of an entry id: well-known names and other words are not ids. */
const LOOKS_LIKE_ID = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export interface SimulatedAccount {
  seed: MailboxSeed;
  /** Some consumer mailboxes answer 403 ErrorAccessDenied to rules and mailbox settings. */
  denyRulesAndSettings?: boolean;
}

export interface GraphSimulatorOptions {
  /** Access token → account. Tokens not listed get 401. */
  accounts: Map<string, SimulatedAccount> | ((token: string) => SimulatedAccount | undefined);
  faults?: Partial<FaultOptions>;
  /** Latency added to every request (simulates distance to Graph). */
  latencyMs?: number;
  /**
   * Demo: any folder read by id grows from then on, as if Outlook were uploading a .pst into it
   * (itemsPerSecond, bytesPerItem, up to maxItems added).
   */
  growWatchedFolders?: { itemsPerSecond: number; bytesPerItem: number; maxItems: number };
  /** Sees every request answered (inner $batch requests one by one): tests hold them against Graph's schema. */
  onExchange?: (exchange: GraphExchange) => void;
  /**
   * What one mailbox may hold: writes beyond are refused as Exchange refuses them over quota (demo
   * mode bounds what a visitor can add, so a diagnosis stays fast). Unset: no limit.
   */
  limits?: { rules: number; folders: number; importedBytes?: number };
  /** Enforce Outlook's per-mailbox budgets (concurrency, requests and uploads per window) with 429s. */
  outlookLimits?: OutlookLimits;
}

/** One request and its answer, as the simulator saw them. */
export interface GraphExchange {
  method: string;
  /** Below the version root, e.g. "/me/mailFolders/inbox/messageRules". */
  path: string;
  query: URLSearchParams;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

export interface GraphSimulatorStats {
  requests: number;
  batchedRequests: number;
  inFlight: number;
  peakInFlight: number;
  faults: number;
}

interface FolderShape {
  select: Set<string> | null;
  withSize: boolean;
}

interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const errorResponse = (error: GraphError, requestId: string): SimResponse => ({
  status: error.status,
  body: error.body(requestId),
});

export class GraphSimulator {
  readonly stats: GraphSimulatorStats = {
    requests: 0,
    batchedRequests: 0,
    inFlight: 0,
    peakInFlight: 0,
    faults: 0,
  };
  // Weak: a mailbox (and its budget) lives as long as whoever holds its account (demo visitors come
  // and go).
  private readonly mailboxes = new WeakMap<SimulatedAccount, SimMailbox>();
  private readonly budgets = new WeakMap<SimulatedAccount, OutlookBudget>();
  private readonly uploadSessions = new Map<
    string,
    { session: UploadSession; account: SimulatedAccount }
  >();
  private faults: FaultInjector;
  private server: LoopbackServer | null = null;
  private origin = "";

  constructor(private readonly options: GraphSimulatorOptions) {
    this.faults = new FaultInjector({ ...NO_FAULTS, ...options.faults });
  }

  /** Folders being filled by a simulated upload, per mailbox. */
  private readonly growing = new WeakMap<
    SimMailbox,
    Map<string, { since: number; baseItems: number; baseBytes: number }>
  >();

  /** Base URL for clients, e.g. http://127.0.0.1:41234/v1.0 */
  get baseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  setFaults(faults: Partial<FaultOptions>): void {
    this.faults = new FaultInjector({ ...NO_FAULTS, ...faults });
  }

  resetStats(): void {
    Object.assign(this.stats, {
      requests: 0,
      batchedRequests: 0,
      peakInFlight: this.stats.inFlight,
      faults: 0,
    });
  }

  /** The live mailbox behind an account (tests inspect it; the progress monitor grows it). */
  mailboxOf(account: SimulatedAccount): SimMailbox {
    let mailbox = this.mailboxes.get(account);
    if (!mailbox) {
      mailbox = buildMailbox(account.seed);
      this.mailboxes.set(account, mailbox);
    }
    return mailbox;
  }

  async listen(port = 0, host = "127.0.0.1"): Promise<string> {
    this.server = await startLoopbackServer((req, res) => void this.handle(req, res), port, host);
    this.origin = this.server.url;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  /** The budget of an account's mailbox, when budgets are enforced (tests read its refusals). */
  budgetOf(account: SimulatedAccount): OutlookBudget | null {
    if (!this.options.outlookLimits) return null;
    let budget = this.budgets.get(account);
    if (!budget) {
      budget = new OutlookBudget(this.options.outlookLimits);
      this.budgets.set(account, budget);
    }
    return budget;
  }

  private account(token: string): SimulatedAccount | undefined {
    const { accounts } = this.options;
    return accounts instanceof Map ? accounts.get(token) : accounts(token);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.stats.requests++;
    this.stats.inFlight++;
    this.stats.peakInFlight = Math.max(this.stats.peakInFlight, this.stats.inFlight);
    const requestId = randomUUID();
    let admitted: OutlookBudget | null = null;
    // Graph answers browsers (single-page apps call it directly): CORS on every answer.
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Expose-Headers", "Location, Retry-After, request-id");
    if (req.method === "OPTIONS") {
      this.stats.inFlight--;
      res
        .writeHead(204, {
          "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE",
          "Access-Control-Allow-Headers": "Authorization, Content-Type, Content-Range, Accept",
          "Access-Control-Max-Age": "3600",
        })
        .end();
      return;
    }
    try {
      const bytes = await readBodyBytes(req);
      const body = bytes.toString("utf8");
      if (this.options.latencyMs) await sleep(this.options.latencyMs);
      const fault = this.drawFault();
      if (fault === "latency") await sleep(this.faults.options.extraLatencyMs);
      if (fault === "timeout" && (req.method ?? "GET") === "GET") {
        await sleep(this.faults.options.hangMs);
        res.destroy();
        return;
      }
      if (fault === "throttle") return send(res, this.throttled(requestId));
      if (fault === "unavailable") return send(res, unavailable(requestId));
      const url = new URL(req.url ?? "/", this.origin);
      const upload = /^\/upload\/([^/]+)$/.exec(url.pathname);
      if (upload) {
        // Upload URLs are pre-authenticated (authtoken in the URL); no Authorization header is sent.
        let sessionId: string;
        try {
          sessionId = decodeSegment(upload[1]!);
        } catch (error) {
          return send(res, errorResponse(error as GraphError, requestId));
        }
        const open = this.uploadSessions.get(sessionId);
        if (!open || url.searchParams.get("authtoken") !== open.session.authToken)
          return send(res, errorResponse(itemNotFound(), requestId));
        admitted = this.budgetOf(open.account);
        const wait = admitted?.admit(req.method === "PUT" ? bytes.length : 0);
        if (wait) {
          admitted = null;
          return send(res, this.throttled(requestId, wait));
        }
        const answer = this.uploadRange(
          open,
          req.method ?? "PUT",
          req.headers["content-range"],
          bytes,
          requestId
        );
        if (fault === "lostAnswer" || fault === "timeout") return void res.destroy();
        return send(res, answer);
      }
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      const account = token ? this.account(token) : undefined;
      if (!account)
        return send(
          res,
          errorResponse(
            new GraphError(
              401,
              "InvalidAuthenticationToken",
              token ? "Access token validation failure." : "Access token is empty."
            ),
            requestId
          )
        );
      if (bytes.length > OUTLOOK_LIMITS.maxRequestBytes)
        return send(res, errorResponse(tooLarge(), requestId));
      admitted = this.budgetOf(account);
      const writes = ["PATCH", "POST", "PUT"].includes(req.method ?? "GET");
      const wait = admitted?.admit(writes ? bytes.length : 0);
      if (wait) {
        admitted = null;
        return send(res, this.throttled(requestId, wait));
      }
      let response: SimResponse;
      if (url.pathname === "/v1.0/$batch" && req.method === "POST")
        response = this.batch(account, body, requestId);
      else
        response = this.route(
          account,
          req.method ?? "GET",
          url.pathname.replace(/^\/v1\.0/, ""),
          url.searchParams,
          body,
          requestId
        );
      // From here on the request has been carried out (a write is applied): only its answer breaks.
      if (fault === "lostAnswer") {
        res.destroy();
        return;
      }
      if (fault === "timeout") {
        await sleep(this.faults.options.hangMs);
        res.destroy();
        return;
      }
      if (fault === "malformed") {
        res.writeHead(200, { "Content-Type": "application/json" }).end('{"value": [{"id": "trunc');
        return;
      }
      if (fault === "empty") {
        res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "0" }).end();
        return;
      }
      const text = response.body === undefined ? "" : JSON.stringify(response.body);
      if (fault === "truncated") {
        res
          .writeHead(200, { "Content-Type": "application/json" })
          .end(text.slice(0, Math.floor(text.length / 2)));
        return;
      }
      if (fault === "slowBody") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        await sleep(this.faults.options.hangMs);
        if (!res.destroyed) res.end(text.slice(Math.floor(text.length / 2)));
        return;
      }
      send(res, response);
    } catch (error) {
      // A simulator bug must show as an answer (Graph's 500), never as a request left hanging.
      if (res.headersSent) res.destroy();
      else
        send(
          res,
          errorResponse(
            error instanceof GraphError
              ? error
              : new GraphError(500, "InternalServerError", "An internal server error occurred."),
            requestId
          )
        );
    } finally {
      this.stats.inFlight--;
      admitted?.done();
    }
  }

  private drawFault(): FaultKind | null {
    const fault = this.faults.next();
    if (fault) this.stats.faults++;
    return fault;
  }

  private throttled(
    requestId: string,
    seconds = this.faults.options.retryAfterSeconds
  ): SimResponse {
    const error = errorResponse(
      new GraphError(429, "TooManyRequests", "Please retry again later."),
      requestId
    );
    return { ...error, headers: { "Retry-After": String(seconds) } };
  }

  private batch(account: SimulatedAccount, rawBody: string, requestId: string): SimResponse {
    const invalid = () =>
      errorResponse(new GraphError(400, "BadRequest", "Invalid batch payload format."), requestId);
    let parsed: { requests?: { id?: string; method?: string; url?: string; body?: unknown }[] };
    try {
      parsed = JSON.parse(rawBody) as typeof parsed;
    } catch {
      return invalid();
    }
    const requests = parsed.requests;
    if (!Array.isArray(requests) || requests.length === 0) return invalid();
    if (requests.length > MAX_BATCH)
      return errorResponse(
        new GraphError(
          400,
          "BadRequest",
          `Number of batch request steps exceeds the maximum of ${MAX_BATCH}.`
        ),
        requestId
      );
    const responses = requests.map((inner) => {
      this.stats.batchedRequests++;
      const id = String(inner.id ?? "");
      // Inner requests are throttled individually, with their own Retry-After.
      const fault = this.drawFault();
      if (fault === "throttle" || fault === "unavailable") {
        const failed = fault === "throttle" ? this.throttled(requestId) : unavailable(requestId);
        return { id, status: failed.status, headers: failed.headers ?? {}, body: failed.body };
      }
      const url = new URL((inner.url ?? "").replace(/^\/?(v1\.0\/)?/, "/"), this.origin);
      const result = this.route(
        account,
        (inner.method ?? "GET").toUpperCase(),
        url.pathname,
        url.searchParams,
        inner.body === undefined ? "" : JSON.stringify(inner.body),
        requestId
      );
      // A broken inner answer: 200 and no body at all.
      if (fault === "empty") return { id, status: 200, headers: {} };
      return {
        id,
        status: result.status,
        headers: { "Content-Type": "application/json", ...result.headers },
        body: result.body,
      };
    });
    return { status: 200, body: { responses } };
  }

  private route(
    account: SimulatedAccount,
    method: string,
    path: string,
    query: URLSearchParams,
    rawBody: string,
    requestId: string
  ): SimResponse {
    let response: SimResponse;
    try {
      response = this.answer(account, method, path, query, rawBody);
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      response = errorResponse(error, requestId);
    }
    this.options.onExchange?.({
      method,
      path,
      query,
      requestBody: rawBody ? parseOrRaw(rawBody) : undefined,
      status: response.status,
      responseBody: response.body,
    });
    return response;
  }

  private answer(
    account: SimulatedAccount,
    method: string,
    path: string,
    query: URLSearchParams,
    rawBody: string
  ): SimResponse {
    const mailbox = this.mailboxOf(account);
    const segments = path.split("/").filter(Boolean).map(decodeSegment);
    if (segments[0] !== "me") throw badSegment(segments[0]);
    const [, collection, id, sub, subId] = segments;
    if (!collection && method === "GET") return ok(this.user(mailbox, query));
    if (collection === "mailboxSettings" && !id && method === "GET") {
      if (account.denyRulesAndSettings) throw accessDenied();
      return ok(this.mailboxSettings(mailbox));
    }
    if (collection === "messages" && id)
      return this.messageRoute(account, mailbox, method, id, sub, subId, query, rawBody);
    if (collection !== "mailFolders") throw badSegment(collection);
    if (!id) {
      if (method === "GET")
        return ok(this.page(mailbox, this.children(mailbox, mailbox.rootId), query, path));
      if (method === "POST") return this.createFolder(mailbox, mailbox.rootId, rawBody);
      throw methodNotAllowed();
    }
    const folder = this.folder(mailbox, id);
    if (!sub && method === "GET") {
      // Watched by id (the migration monitor's read): in demo mode, an upload fills it.
      if (folder.id === id) this.applyGrowth(mailbox, folder);
      return ok(this.folderJson(folder, this.folderShape(query)));
    }
    if (sub === "childFolders") {
      if (method === "GET")
        return ok(this.page(mailbox, this.children(mailbox, folder.id), query, path));
      if (method === "POST") return this.createFolder(mailbox, folder.id, rawBody);
      throw methodNotAllowed();
    }
    if (sub === "messages" && method === "GET" && subId)
      return ok(this.readMessage(mailbox, subId, folder.id, query));
    if (sub === "messages" && method === "GET")
      return ok(this.messages(mailbox, folder, query, path));
    if (sub === "messages" && method === "POST" && !subId)
      return this.postMessage(mailbox, folder, rawBody);
    if (sub === "messageRules" && folder.wellKnownName === "inbox") {
      if (account.denyRulesAndSettings) throw accessDenied();
      return this.rules(mailbox, method, subId, rawBody);
    }
    throw badSegment(sub);
  }

  /** /me: Graph's default user properties, or those $select names. */
  private user(mailbox: SimMailbox, query: URLSearchParams): Record<string, unknown> {
    const { user } = mailbox;
    const full: Record<string, unknown> = {
      businessPhones: [],
      displayName: user.displayName,
      givenName: null,
      jobTitle: null,
      mail: user.mail,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: null,
      surname: null,
      userPrincipalName: user.mail,
      id: user.id,
    };
    const select = selected(query);
    return {
      "@odata.context": `${this.baseUrl}/$metadata#users${select ? `(${[...select].join(",")})` : ""}/$entity`,
      ...(select
        ? Object.fromEntries(Object.entries(full).filter(([key]) => select.has(key)))
        : full),
    };
  }

  private mailboxSettings(mailbox: SimMailbox): Record<string, unknown> {
    const archive = [...mailbox.folders.values()].find(
      (folder) => folder.wellKnownName === "archive"
    );
    return {
      "@odata.context": `${this.baseUrl}/$metadata#users('${mailbox.user.id}')/mailboxSettings`,
      archiveFolder: archive?.id ?? null,
      ...mailbox.mailboxSettings,
    };
  }

  /** Adds items to a folder now, as an upload from Outlook would (tests drive growth with this). */
  growFolder(
    account: SimulatedAccount,
    folderId: string,
    items: number,
    bytesPerItem: number
  ): void {
    const folder = this.mailboxOf(account).folders.get(folderId);
    if (!folder) throw new Error(`no folder ${folderId}`);
    folder.totalItemCount += items;
    folder.sizeBytes += items * bytesPerItem;
  }

  private folder(mailbox: SimMailbox, idOrName: string): SimFolder {
    if (idOrName.toLowerCase() === "msgfolderroot") return mailbox.folders.get(mailbox.rootId)!;
    const folder =
      mailbox.folders.get(idOrName) ??
      [...mailbox.folders.values()].find(
        (candidate) => candidate.wellKnownName === idOrName.toLowerCase()
      );
    if (!folder) throw itemNotFound();
    return folder;
  }

  private applyGrowth(mailbox: SimMailbox, folder: SimFolder): void {
    const growth = this.options.growWatchedFolders;
    if (!growth) return;
    let growing = this.growing.get(mailbox);
    if (!growing) {
      growing = new Map();
      this.growing.set(mailbox, growing);
    }
    let state = growing.get(folder.id);
    if (!state) {
      state = { since: Date.now(), baseItems: folder.totalItemCount, baseBytes: folder.sizeBytes };
      growing.set(folder.id, state);
    }
    const added = Math.min(
      growth.maxItems,
      Math.floor(((Date.now() - state.since) / 1000) * growth.itemsPerSecond)
    );
    folder.totalItemCount = state.baseItems + added;
    folder.sizeBytes = state.baseBytes + added * growth.bytesPerItem;
  }

  private children(mailbox: SimMailbox, parentId: string): SimFolder[] {
    return mailbox.folders
      .get(parentId)!
      .childFolderIds.map((childId) => mailbox.folders.get(childId)!);
  }

  /** How a listing or read shapes folders: the $select names, and whether the size is expanded. */
  private folderShape(query: URLSearchParams): FolderShape {
    const expand = query.get("$expand") ?? "";
    return {
      select: selected(query),
      withSize:
        /singleValueExtendedProperties/i.test(expand) && expand.toLowerCase().includes("0x0e08"),
    };
  }

  private folderJson(
    folder: SimFolder,
    { select, withSize }: FolderShape
  ): Record<string, unknown> {
    const full: Record<string, unknown> = {
      id: folder.id,
      displayName: folder.displayName,
      parentFolderId: folder.parentFolderId,
      childFolderCount: folder.childFolderIds.length,
      unreadItemCount: folder.unreadItemCount,
      totalItemCount: folder.totalItemCount,
      isHidden: folder.isHidden,
      ...(folder.search
        ? {
            isSupported: true,
            includeNestedFolders: folder.search.includeNestedFolders,
            sourceFolderIds: folder.search.sourceFolderIds,
            filterQuery: folder.search.filterQuery,
          }
        : {}),
    };
    const json: Record<string, unknown> = {
      // A derived type is named even when not selected: it is how a client tells a search folder.
      ...(folder.search ? { "@odata.type": SEARCH_FOLDER_TYPE } : {}),
      ...(select
        ? Object.fromEntries(
            Object.entries(full).filter(([key]) => key === "id" || select.has(key))
          )
        : full),
    };
    if (withSize) {
      // Graph normalises the property id and returns the value as a string.
      json.singleValueExtendedProperties = [{ id: "Long 0xe08", value: String(folder.sizeBytes) }];
    }
    return json;
  }

  private page(
    mailbox: SimMailbox,
    folders: SimFolder[],
    query: URLSearchParams,
    path: string
  ): Record<string, unknown> {
    const top = Math.min(Number(query.get("$top") ?? DEFAULT_PAGE) || DEFAULT_PAGE, MAX_PAGE);
    const skip = Number(query.get("$skip") ?? 0) || 0;
    const slice = folders.slice(skip, skip + top);
    const shape = this.folderShape(query);
    const result: Record<string, unknown> = {
      "@odata.context": `${this.baseUrl}/$metadata#users('${mailbox.user.id}')/mailFolders`,
      value: slice.map((folder) => this.folderJson(folder, shape)),
    };
    if (skip + top < folders.length) {
      const next = new URLSearchParams(query);
      next.set("$top", String(top));
      next.set("$skip", String(skip + top));
      result["@odata.nextLink"] = `${this.baseUrl}${path}?${next.toString()}`;
    }
    return result;
  }

  /**
   * A folder's messages, newest first: the seeded ones (dates only) and those created through Graph;
   * $filter on an extended property finds created ones, $expand gives their extended properties.
   */
  private messages(
    mailbox: SimMailbox,
    folder: SimFolder,
    query: URLSearchParams,
    path: string
  ): Record<string, unknown> {
    const top = Math.min(Number(query.get("$top") ?? DEFAULT_PAGE) || DEFAULT_PAGE, MAX_PAGE);
    const skip = Number(query.get("$skip") ?? 0) || 0;
    const filter = query.get("$filter");
    const select = selected(query);
    const expandIds = expandedPropertyIds(query.get("$expand"));
    const created = [...mailbox.messages.values()].filter(
      (message) => message.parentFolderId === folder.id
    );
    const items: { receivedDateTime: string; json: () => Record<string, unknown> }[] = [
      ...(filter ? created.filter(extendedPropertyFilter(filter)) : created).map((message) => ({
        receivedDateTime: message.receivedDateTime,
        json: () => messageJson(message, select, expandIds),
      })),
      ...(filter
        ? []
        : [...folder.messageDates]
            .sort()
            .reverse()
            .map((receivedDateTime, index) => ({
              receivedDateTime,
              json: () =>
                messageJson(seededMessage(folder.id, index, receivedDateTime), select, expandIds),
            }))),
    ].sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime));
    const result: Record<string, unknown> = {
      value: items.slice(skip, skip + top).map((item) => item.json()),
    };
    if (query.get("$count") === "true") result["@odata.count"] = folder.totalItemCount;
    if (skip + top < items.length) {
      const next = new URLSearchParams(query);
      next.set("$top", String(top));
      next.set("$skip", String(skip + top));
      result["@odata.nextLink"] = `${this.baseUrl}${path}?${next.toString()}`;
    }
    return result;
  }

  private postMessage(mailbox: SimMailbox, folder: SimFolder, rawBody: string): SimResponse {
    if (folder.search)
      throw new GraphError(
        400,
        "ErrorInvalidOperation",
        "Items cannot be created in a search folder."
      );
    const message = createMessage(parseJson(rawBody), folder.id, mailbox.nextId);
    this.store(mailbox, messageSize(message));
    mailbox.messages.set(message.id, message);
    folder.totalItemCount++;
    if (!message.isRead) folder.unreadItemCount++;
    folder.sizeBytes += messageSize(message);
    return {
      status: 201,
      body: {
        "@odata.context": `${this.baseUrl}/$metadata#users('${mailbox.user.id}')/messages/$entity`,
        ...messageJson(message, null, null),
      },
    };
  }

  private message(mailbox: SimMailbox, id: string, folderId?: string): SimMessage {
    const message = mailbox.messages.get(id);
    if (!message || (folderId && message.parentFolderId !== folderId)) throw itemNotFound();
    return message;
  }

  private readMessage(
    mailbox: SimMailbox,
    id: string,
    folderId: string | undefined,
    query: URLSearchParams
  ): Record<string, unknown> {
    return {
      "@odata.context": `${this.baseUrl}/$metadata#users('${mailbox.user.id}')/messages/$entity`,
      ...messageJson(
        this.message(mailbox, id, folderId),
        selected(query),
        expandedPropertyIds(query.get("$expand"))
      ),
    };
  }

  /** /me/messages/{id}, its attachments, and upload sessions for large ones. */
  private messageRoute(
    account: SimulatedAccount,
    mailbox: SimMailbox,
    method: string,
    id: string,
    sub: string | undefined,
    action: string | undefined,
    query: URLSearchParams,
    rawBody: string
  ): SimResponse {
    if (!sub && method === "GET") return ok(this.readMessage(mailbox, id, undefined, query));
    if (sub !== "attachments") throw badSegment(sub);
    const message = this.message(mailbox, id);
    if (!action && method === "GET")
      return ok({
        "@odata.context": `${this.baseUrl}/$metadata#users('${mailbox.user.id}')/messages('${id}')/attachments`,
        value: message.attachments.map((attachment) => attachmentJson(attachment, selected(query))),
      });
    if (!action && method === "POST") {
      const attachment = readFileAttachment(parseJson(rawBody), mailbox.nextId);
      this.attach(mailbox, message, attachment);
      return { status: 201, body: attachmentJson(attachment, null) };
    }
    if (action === "createUploadSession" && method === "POST") {
      const session = openUploadSession(parseJson(rawBody), message.id, mailbox.nextId);
      this.uploadSessions.set(session.id, { session, account });
      return {
        status: 201,
        body: {
          "@odata.context": `${this.baseUrl}/$metadata#microsoft.graph.uploadSession`,
          uploadUrl: `${this.origin}/upload/${encodeURIComponent(session.id)}?authtoken=${session.authToken}`,
          expirationDateTime: session.expires.toISOString(),
          nextExpectedRanges: ["0-"],
        },
      };
    }
    throw methodNotAllowed();
  }

  private attach(
    mailbox: SimMailbox,
    message: SimMessage,
    attachment: SimMessage["attachments"][number]
  ): void {
    this.store(mailbox, attachment.bytes.length);
    message.attachments.push(attachment);
    const folder = mailbox.folders.get(message.parentFolderId);
    if (folder) folder.sizeBytes += attachment.bytes.length;
  }

  /** Counts what a write adds to the mailbox, refused as Exchange refuses a full mailbox. */
  private store(mailbox: SimMailbox, bytes: number): void {
    const limit = this.options.limits?.importedBytes;
    if (limit !== undefined && mailbox.importedBytes + bytes > limit)
      throw new GraphError(403, "ErrorQuotaExceeded", "The mailbox is over its size limit.");
    mailbox.importedBytes += bytes;
  }

  /** A PUT (or DELETE) on an upload URL, outside Graph's own API (outlook.office.com in real life). */
  private uploadRange(
    open: { session: UploadSession; account: SimulatedAccount },
    method: string,
    contentRange: string | undefined,
    bytes: Buffer,
    requestId: string
  ): SimResponse {
    const { session, account } = open;
    if (method === "DELETE") {
      this.uploadSessions.delete(session.id);
      return { status: 204 };
    }
    if (method !== "PUT") return errorResponse(methodNotAllowed(), requestId);
    try {
      const outcome = acceptRange(session, contentRange, bytes);
      if (outcome.kind === "partial")
        return ok({
          "@odata.context": `${this.origin}/api/v2.0/$metadata#Users/Messages/AttachmentSessions/$entity`,
          ExpirationDateTime: session.expires.toISOString(),
          nextExpectedRanges: [String(outcome.nextExpected)],
        });
      const mailbox = this.mailboxOf(account);
      const message = this.message(mailbox, session.messageId);
      const id = mailbox.nextId("AAMkA");
      this.attach(mailbox, message, {
        id,
        name: session.name,
        contentType: session.contentType,
        isInline: session.isInline,
        contentId: session.contentId,
        lastModifiedDateTime: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
        bytes: outcome.bytes,
      });
      this.uploadSessions.delete(session.id);
      return {
        status: 201,
        headers: {
          Location: `${this.origin}/api/v2.0/Users('${mailbox.user.id}')/Messages('${message.id}')/Attachments('${id}')`,
        },
      };
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      return errorResponse(error, requestId);
    }
  }

  private createFolder(mailbox: SimMailbox, parentId: string, rawBody: string): SimResponse {
    const body = parseJson(rawBody) as Record<string, unknown> | null;
    for (const key of Object.keys(body ?? {}))
      if (!key.startsWith("@") && key !== "displayName" && key !== "isHidden")
        throw requestBodyRead(
          `The property '${key}' does not exist on type 'microsoft.graph.mailFolder'. Make sure to only use property names that are defined by the type or mark the type as open type.`
        );
    if (!body || typeof body.displayName !== "string" || body.displayName.trim() === "")
      throw new GraphError(400, "ErrorInvalidRequest", "The displayName property is required.");
    const name = body.displayName;
    const parent = mailbox.folders.get(parentId)!;
    // The root is the mailbox's, not one of the user's folders.
    if (this.options.limits && mailbox.folders.size - 1 >= this.options.limits.folders)
      throw new GraphError(
        403,
        "ErrorQuotaExceeded",
        "The folder could not be created: the mailbox holds as many folders as it may."
      );
    // Names are unique among siblings whatever the folder's kind, search folders included.
    if (
      parent.childFolderIds.some(
        (childId) => mailbox.folders.get(childId)!.displayName.toLowerCase() === name.toLowerCase()
      )
    ) {
      throw new GraphError(
        409,
        "ErrorFolderExists",
        "A folder with the specified name already exists."
      );
    }
    const id = mailbox.nextId("AAMkF");
    const folder: SimFolder = {
      id,
      displayName: name,
      parentFolderId: parentId,
      wellKnownName: null,
      childFolderIds: [],
      totalItemCount: 0,
      unreadItemCount: 0,
      sizeBytes: 0,
      messageDates: [],
      isHidden: body.isHidden === true,
      search: null,
    };
    mailbox.folders.set(id, folder);
    parent.childFolderIds.push(id);
    return { status: 201, body: this.folderJson(folder, { select: null, withSize: false }) };
  }

  /**
   * A rule's folder action must name an existing folder by id. A word such as a well-known name is
   * not an id ("Id is malformed", as Graph answers where it wants an id), and an id of no folder in
   * this mailbox is "not found" — the answers Graph gives for folder ids everywhere else.
   */
  private folderIdOf(mailbox: SimMailbox): FolderIdResolver {
    return (value) => {
      if (mailbox.folders.has(value)) return value;
      if (!LOOKS_LIKE_ID.test(value))
        throw new GraphError(400, "ErrorInvalidIdMalformed", "Id is malformed.");
      throw itemNotFound();
    };
  }

  private rules(
    mailbox: SimMailbox,
    method: string,
    ruleId: string | undefined,
    rawBody: string
  ): SimResponse {
    if (!ruleId && method === "GET")
      return ok({
        "@odata.context": `${this.baseUrl}/$metadata#users('${mailbox.user.id}')/mailFolders('inbox')/messageRules`,
        value: [...mailbox.rules].sort((a, b) => a.sequence - b.sequence),
      });
    if (!ruleId && method === "POST") {
      if (this.options.limits && mailbox.rules.length >= this.options.limits.rules)
        throw new GraphError(400, "ErrorRulesOverQuota", "The rules quota has been exceeded.");
      const rule = createRule(
        parseJson(rawBody),
        mailbox.nextId("AQAAA"),
        this.folderIdOf(mailbox)
      );
      mailbox.rules.push(rule);
      return { status: 201, body: rule };
    }
    const index = mailbox.rules.findIndex((rule) => rule.id === ruleId);
    if (index === -1) throw itemNotFound();
    if (method === "GET") return ok(mailbox.rules[index]);
    if (method === "PATCH") {
      mailbox.rules[index] = updateRule(
        mailbox.rules[index]!,
        parseJson(rawBody),
        this.folderIdOf(mailbox)
      );
      return ok(mailbox.rules[index]);
    }
    if (method === "DELETE") {
      mailbox.rules.splice(index, 1);
      return { status: 204 };
    }
    throw methodNotAllowed();
  }
}

const ok = (body: unknown): SimResponse => ({ status: 200, body });
const unavailable = (requestId: string) =>
  errorResponse(
    new GraphError(503, "serviceNotAvailable", "The service is temporarily unavailable."),
    requestId
  );
const tooLarge = () =>
  new GraphError(413, "BadRequest", "The maximum request length supported is 4MB.");
const accessDenied = () =>
  new GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
const methodNotAllowed = () =>
  new GraphError(405, "Request_BadRequest", "The HTTP method is not allowed for this resource.");
const badSegment = (segment: string | undefined) =>
  new GraphError(400, "BadRequest", `Resource not found for the segment '${segment ?? ""}'.`);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new GraphError(400, "BadRequest", "The request URL is not valid.");
  }
}

/** The $select names, or null when the client asked for the default properties. */
function selected(query: URLSearchParams): Set<string> | null {
  const names = query
    .get("$select")
    ?.split(",")
    .map((field) => field.trim())
    .filter(Boolean);
  return names ? new Set(names) : null;
}

function parseJson(raw: string): unknown {
  try {
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    throw new GraphError(400, "BadRequest", "Unable to read JSON request payload.");
  }
}

function parseOrRaw(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function send(res: http.ServerResponse, response: SimResponse): void {
  const headers = {
    ...(response.body === undefined ? {} : { "Content-Type": "application/json" }),
    ...response.headers,
  };
  res
    .writeHead(response.status, headers)
    .end(response.body === undefined ? undefined : JSON.stringify(response.body));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
