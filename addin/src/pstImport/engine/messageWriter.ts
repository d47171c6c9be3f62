// Writes one .pst item into the mailbox exactly once. The journal is written before each write and
// after its answer; a write whose outcome is unknown is followed by a lookup by import key before
// anything is sent again. The message is created with as many of its first attachments as fit in
// Graph's 4 MB request; the others follow one by one, in order (POST under 3 MB, an upload session
// above), so the number of attachments on the server always says which one comes next.
import { OUTLOOK_LIMITS, type OutlookLimits } from "@contracts/outlookLimits.js";
import { base64Length } from "./base64.js";
import {
  IMPORT_KEY_PROPERTY,
  fileAttachmentJson,
  graphMessageJson,
  importKey,
  jsonBytes,
} from "./graphMessage.js";
import type { GraphTransport, Outcome } from "./graphTransport.js";
import type { PlannedItem } from "./importPlan.js";
import type { ImportJournal, JournalRecord } from "./journal.js";
import type { PstAttachmentData, PstMail, PstReader } from "./pstReader.js";
import { TargetFolderError, type TargetFolders } from "./targetFolders.js";
import type { Clock } from "./pacer.js";
import { ImportInterruption } from "./importInterruption.js";

/** Room kept in a create request for what JSON adds around the attachments. */
const REQUEST_MARGIN = 64 * 1024;
/** Upload session ranges: 10 × 320 KiB, under the 4 MB a PUT should stay within. */
export const UPLOAD_CHUNK_BYTES = 10 * 320 * 1024;
/** Writes whose outcome stays unknown this many times fail (for this run; a resume tries again). */
const MAX_UNKNOWN = 4;
/**
 * After a write with no answer, how long to let it land (if it is still on its way) before looking
 * for it by key: a request given up by us may still be carried out by Graph.
 */
export const SETTLE_MS = 5_000;

export type SkipReason = "notMail" | "unreadable" | "messageTooLarge" | "attachmentTooLarge";

export interface ItemResult {
  status: "imported" | "alreadyThere" | "skipped" | "failed";
  reason?: string;
  graphId?: string;
}

export interface WriterContext {
  reader: PstReader;
  transport: GraphTransport;
  folders: TargetFolders;
  journal: ImportJournal;
  /** The journal's records (kept in step with it). */
  records: Map<string, JournalRecord>;
  /** Import keys already in the target folders, found when the import (re)started. */
  onServer: Map<string, string>;
  storeId: string;
  clock: Clock;
  limits?: OutlookLimits;
}

/**
 * An item as `prepare` leaves it for `write`: already ended by an earlier run (nothing read), to be
 * skipped with a reason, or to be written (its create request built ahead when it is new).
 */
export type PreparedItem = { item: PlannedItem; key: string } & (
  | { kind: "ended"; result: ItemResult }
  | { kind: "skip"; reason: string }
  | { kind: "write"; mail: PstMail; create?: CreateRequest }
);

interface CreateRequest {
  withAttachments: ReturnType<typeof graphMessageJson>;
  /** How many of the item's first attachments travel with it. */
  attachments: number;
  /** The message alone, when Graph finds the request with attachments too large (413). */
  alone: () => ReturnType<typeof graphMessageJson>;
}

class ItemFailure extends Error {}

/**
 * Microsoft did not answer, even after the retries: the network (or Graph) is down, and every next
 * item would fail the same way. The run ends interrupted; the journal says what to check on resume.
 */
const noAnswer = (what: string) =>
  new ImportInterruption("unreachable", `no answer from Microsoft (${what})`);

const segment = (id: string) => encodeURIComponent(id);
const describe = (outcome: Outcome<unknown>) =>
  outcome.kind === "refused"
    ? `${outcome.code}: ${outcome.message}`
    : outcome.kind === "unknown"
      ? outcome.detail
      : "";

export class MessageWriter {
  private readonly limits: OutlookLimits;
  /** One large attachment in memory at a time, whatever the number of items in flight. */
  private largeUpload: Promise<unknown> = Promise.resolve();

  constructor(private readonly context: WriterContext) {
    this.limits = context.limits ?? OUTLOOK_LIMITS;
  }

  keyOf(item: PlannedItem): string {
    return importKey(this.context.storeId, item.nodeId);
  }

  /**
   * What can be done before any request: the item read from the .pst and, when it is to be created,
   * its create request built with the attachments that fit in it. Writes nothing anywhere.
   */
  prepare(item: PlannedItem): PreparedItem {
    const key = this.keyOf(item);
    const record = this.context.records.get(key);
    if (record?.state === "done")
      return {
        item,
        key,
        kind: "ended",
        result: { status: "alreadyThere", graphId: record.graphId },
      };
    if (record?.state === "skipped")
      return { item, key, kind: "ended", result: { status: "skipped", reason: record.reason } };
    let mail: PstMail;
    try {
      mail = this.context.reader.readMail(item);
    } catch (error) {
      return { item, key, kind: "skip", reason: `unreadable: ${(error as Error).message}` };
    }
    const tooLarge = this.tooLarge(mail, key);
    if (tooLarge) return { item, key, kind: "skip", reason: tooLarge };
    // An item an earlier run may have created is looked up first: its body waits until it is needed.
    if (record || this.context.onServer.has(key)) return { item, key, kind: "write", mail };
    return { item, key, kind: "write", mail, create: this.createRequest(item, mail, key) };
  }

  async write(prepared: PreparedItem): Promise<ItemResult> {
    const { item, key } = prepared;
    if (prepared.kind === "ended") return prepared.result;
    if (prepared.kind === "skip")
      return this.settle(key, { state: "skipped", reason: prepared.reason });
    // Only this item's lane writes its record, so it is still what `prepare` saw.
    const record = this.context.records.get(key);
    const { mail } = prepared;
    try {
      const folderId = await this.folderId(item);
      let created = await this.existing(key, folderId, record);
      const fresh = !created;
      created ??= await this.create(
        prepared.create ?? this.createRequest(item, mail, key),
        key,
        folderId
      );
      await this.addAttachments(item, mail, key, created);
      await this.remember({ key, state: "done", graphId: created.graphId });
      return { status: fresh ? "imported" : "alreadyThere", graphId: created.graphId };
    } catch (error) {
      if (!(error instanceof ItemFailure)) throw error;
      return this.settle(key, { state: "failed", reason: error.message });
    }
  }

  /** The create request's body: the message with the first attachments that fit beside it. */
  private createRequest(item: PlannedItem, mail: PstMail, key: string): CreateRequest {
    const inline = this.inlinePrefix(item, mail, key);
    return {
      withAttachments: graphMessageJson(mail, key, inline),
      attachments: inline.length,
      alone: () => graphMessageJson(mail, key, []),
    };
  }

  private async folderId(item: PlannedItem): Promise<string> {
    try {
      return await this.context.folders.idOf(item.target);
    } catch (error) {
      if (error instanceof TargetFolderError) throw new ItemFailure(`folder ${error.message}`);
      throw error;
    }
  }

  /** Why the item cannot go through Graph at all, or null. */
  private tooLarge(mail: PstMail, key: string): SkipReason | null {
    if (jsonBytes(graphMessageJson(mail, key, [])) > this.limits.maxRequestBytes - REQUEST_MARGIN)
      return "messageTooLarge";
    if (
      mail.attachments.some(
        (attachment) => attachment.sizeBytes > this.limits.maxUploadSessionBytes
      )
    )
      return "attachmentTooLarge";
    return null;
  }

  /** The item's message when an earlier attempt (this run or another) may have created it. */
  private async existing(
    key: string,
    folderId: string,
    record: JournalRecord | undefined
  ): Promise<{ graphId: string; attachments: number } | null> {
    if (record?.state === "created")
      return { graphId: record.graphId, attachments: record.attachments };
    const known = this.context.onServer.get(key);
    const graphId = known ?? (record ? await this.findByKey(key, folderId) : null);
    if (!graphId) return null;
    const found = { graphId, attachments: await this.attachmentCount(graphId) };
    await this.remember({ key, state: "created", ...found });
    return found;
  }

  private async create(
    request: CreateRequest,
    key: string,
    folderId: string
  ): Promise<{ graphId: string; attachments: number }> {
    let json = request.withAttachments;
    let attachments = request.attachments;
    for (let unknown = 0; ;) {
      await this.remember({ key, state: "sending" });
      const outcome = await this.context.transport.send<{ id?: string }>({
        method: "POST",
        url: `/me/mailFolders/${segment(folderId)}/messages`,
        json,
      });
      if (outcome.kind === "ok" && typeof outcome.body.id === "string") {
        const created = { graphId: outcome.body.id, attachments };
        await this.remember({ key, state: "created", ...created });
        return created;
      }
      if (outcome.kind === "refused" && outcome.status === 413 && attachments > 0) {
        json = request.alone();
        attachments = 0;
        continue;
      }
      if (outcome.kind === "refused") throw new ItemFailure(describe(outcome));
      await this.context.clock.sleep(SETTLE_MS);
      const graphId = await this.findByKey(key, folderId);
      if (graphId) {
        const created = { graphId, attachments: await this.attachmentCount(graphId) };
        await this.remember({ key, state: "created", ...created });
        return created;
      }
      if (++unknown >= MAX_UNKNOWN) throw noAnswer(describe(outcome));
    }
  }

  /** The first attachments, in order, that fit in the create request with the message. */
  private inlinePrefix(item: PlannedItem, mail: PstMail, key: string): PstAttachmentData[] {
    let room =
      this.limits.maxRequestBytes - REQUEST_MARGIN - jsonBytes(graphMessageJson(mail, key, []));
    const inline: PstAttachmentData[] = [];
    for (let index = 0; index < mail.attachments.length; index++) {
      const info = mail.attachments[index]!;
      if (base64Length(info.sizeBytes) + 512 > room) break;
      const data = this.context.reader.readAttachment(item, index);
      // The attachment's JSON: its base64, its name and type, and the property names around them.
      const size = base64Length(data.bytes.length) + jsonBytes([info.name, info.contentType]) + 160;
      if (size > room) break;
      room -= size;
      inline.push(data);
    }
    return inline;
  }

  private async addAttachments(
    item: PlannedItem,
    mail: PstMail,
    key: string,
    created: { graphId: string; attachments: number }
  ): Promise<void> {
    let next = created.attachments;
    for (let unknown = 0; next < mail.attachments.length;) {
      const data = this.context.reader.readAttachment(item, next);
      const outcome =
        data.bytes.length < this.limits.maxPostedAttachmentBytes
          ? await this.postAttachment(created.graphId, data)
          : await this.exclusive(() => this.uploadAttachment(created.graphId, data));
      if (outcome.kind === "refused")
        throw new ItemFailure(`${data.info.name}: ${describe(outcome)}`);
      if (outcome.kind === "ok") {
        next++;
      } else {
        if (++unknown >= MAX_UNKNOWN) throw noAnswer(data.info.name);
        await this.context.clock.sleep(SETTLE_MS);
        next = await this.attachmentCount(created.graphId);
      }
      await this.remember({ key, state: "created", graphId: created.graphId, attachments: next });
    }
  }

  private postAttachment(graphId: string, data: PstAttachmentData): Promise<Outcome<unknown>> {
    return this.context.transport.send({
      method: "POST",
      url: `/me/messages/${segment(graphId)}/attachments`,
      json: fileAttachmentJson(data),
    });
  }

  /** An upload session, its ranges PUT in order; any break means a new session (after a count). */
  private async uploadAttachment(
    graphId: string,
    data: PstAttachmentData
  ): Promise<Outcome<unknown>> {
    const session = await this.context.transport.send<{ uploadUrl?: string }>({
      method: "POST",
      url: `/me/messages/${segment(graphId)}/attachments/createUploadSession`,
      json: {
        AttachmentItem: {
          attachmentType: "file",
          name: data.info.name,
          size: data.bytes.length,
          contentType: data.info.contentType,
        },
      },
    });
    // Below Graph's minimum (if its "3 MB" is 3 MiB): the POST's request fits Graph's 4 MB then.
    if (
      session.kind === "refused" &&
      session.code === "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize"
    )
      return this.postAttachment(graphId, data);
    if (session.kind !== "ok") return session;
    const uploadUrl = session.body.uploadUrl;
    if (typeof uploadUrl !== "string")
      return { kind: "unknown", detail: "upload session without uploadUrl" };
    let outcome: Outcome<unknown> = { kind: "unknown", detail: "empty attachment" };
    for (let start = 0; start < data.bytes.length; start += UPLOAD_CHUNK_BYTES) {
      const end = Math.min(start + UPLOAD_CHUNK_BYTES, data.bytes.length);
      outcome = await this.context.transport.send({
        method: "PUT",
        url: uploadUrl,
        anonymous: true,
        bytes: data.bytes.subarray(start, end),
        headers: {
          "Content-Type": "application/octet-stream",
          "Content-Range": `bytes ${start}-${end - 1}/${data.bytes.length}`,
        },
      });
      if (outcome.kind !== "ok") return outcome;
    }
    return outcome;
  }

  private async exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.largeUpload.then(task, task);
    this.largeUpload = run.catch(() => undefined);
    return run;
  }

  private async findByKey(key: string, folderId: string): Promise<string | null> {
    const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${IMPORT_KEY_PROPERTY}' and ep/value eq '${key.replace(/'/g, "''")}')`;
    const answer = await this.context.transport.send<{ value?: { id: string }[] }>({
      method: "GET",
      url: `/me/mailFolders/${segment(folderId)}/messages?$filter=${encodeURIComponent(filter)}&$select=id`,
    });
    if (answer.kind === "unknown") throw noAnswer("looking the message up by its key");
    if (answer.kind !== "ok" || !Array.isArray(answer.body.value))
      throw new ItemFailure(
        `could not check whether the message is already there (${describe(answer)})`
      );
    return answer.body.value[0]?.id ?? null;
  }

  private async attachmentCount(graphId: string): Promise<number> {
    const answer = await this.context.transport.send<{ value?: unknown[] }>({
      method: "GET",
      url: `/me/messages/${segment(graphId)}/attachments?$select=id,name,size`,
    });
    if (answer.kind === "unknown") throw noAnswer("counting the message's attachments");
    if (answer.kind !== "ok" || !Array.isArray(answer.body.value))
      throw new ItemFailure(`could not count the message's attachments (${describe(answer)})`);
    return answer.body.value.length;
  }

  private async remember(record: JournalRecord): Promise<void> {
    this.context.records.set(record.key, record);
    await this.context.journal.put(record);
  }

  private async settle(
    key: string,
    outcome: { state: "skipped" | "failed"; reason: string }
  ): Promise<ItemResult> {
    await this.remember({ key, ...outcome });
    return { status: outcome.state, reason: outcome.reason };
  }
}
