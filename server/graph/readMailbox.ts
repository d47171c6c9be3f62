// Reads what the mailbox checks need in as few sequential round trips as Graph allows: one $batch
// for the user, the top-level folders (with sizes), the newest inbox message, the inbox rules and the
// mailbox settings; then one batched round trip per further folder level (Graph lists one level at
// a time). Every listing asks for up to 999 folders per page and the size property in the same call,
// and the children of the usual parent folders (Inbox, Archive, …) are listed by well-known name in
// the first round trip, which saves one round trip for the common "Archive > year > month" trees.
// Each answer is checked for the shape the checks rely on: one that is refused, missing or malformed
// makes its part "could not check" (or the folder list incomplete), never a crash.
import { z } from "zod";
import { WELL_KNOWN_FOLDERS } from "@contracts/wellKnownFolders.js";
import type {
  FolderInfo,
  MailboxData,
  RuleInfo,
  Unavailable,
} from "../core/mailbox/mailboxData.js";
import {
  isThrottled,
  type BatchRequest,
  type BatchResponse,
  type GraphClient,
} from "./graphClient.js";
import { pathSegment } from "./graphPath.js";

const SIZE_PROPERTY = "Long 0x0E08";
const FOLDER_QUERY = `$top=999&$select=id,displayName,parentFolderId,childFolderCount,totalItemCount&$expand=singleValueExtendedProperties($filter=id%20eq%20'${SIZE_PROPERTY.replace(" ", "%20")}')`;
const SEARCH_FOLDER_TYPE = "#microsoft.graph.mailSearchFolder";
const WELL_KNOWN = WELL_KNOWN_FOLDERS;
/** Well-known folders that often hold subfolders: their children are listed in the first round trip, by name. */
const LIST_EARLY = ["inbox", "archive", "sentitems", "deleteditems"] as const;

const folderSchema = z.object({
  "@odata.type": z.string().optional(),
  id: z.string(),
  displayName: z.string(),
  parentFolderId: z.string(),
  childFolderCount: z.number().int().nonnegative().optional(),
  totalItemCount: z.number().int().nonnegative().optional(),
  singleValueExtendedProperties: z
    .array(z.object({ id: z.string(), value: z.string() }))
    .optional(),
});
type GraphFolder = z.infer<typeof folderSchema>;

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ value: z.array(item), "@odata.nextLink": z.string().optional() });

const userSchema = z
  .object({
    displayName: z.string().nullish(),
    mail: z.string().nullish(),
    userPrincipalName: z.string().nullish(),
  })
  // Personal accounts may have no mail property: their sign-in name is their address.
  .transform((user) => ({
    displayName: user.displayName ?? "",
    mail: user.mail ?? user.userPrincipalName ?? "",
  }));

const newestSchema = pageOf(z.object({ receivedDateTime: z.string() })).transform((page) => ({
  receivedDateTime: page.value[0]?.receivedDateTime ?? null,
}));

const rulesSchema = pageOf(
  z.object({
    id: z.string(),
    displayName: z.string(),
    isEnabled: z.boolean().optional(),
    hasError: z.boolean().optional(),
    actions: z.record(z.string(), z.unknown()).nullish(),
  })
).transform((page) =>
  page.value.map((rule): RuleInfo => ({
    id: rule.id,
    displayName: rule.displayName,
    isEnabled: rule.isEnabled !== false,
    hasError: rule.hasError === true,
    actions: rule.actions ?? {},
  }))
);

/** The settings, without Graph's "@odata.context" and other annotations. */
const settingsSchema = z
  .record(z.string(), z.unknown())
  .transform((settings) =>
    Object.fromEntries(Object.entries(settings).filter(([key]) => !key.startsWith("@")))
  );
const folderPageSchema = pageOf(folderSchema);
const idSchema = z.object({ id: z.string() });

export async function readMailbox(
  client: GraphClient,
  trace?: { roundTrips: number }
): Promise<MailboxData> {
  if (trace) trace.roundTrips = 1;
  const first = await client.batch([
    { id: "me", method: "GET", url: "/me?$select=displayName,mail,userPrincipalName" },
    { id: "folders", method: "GET", url: `/me/mailFolders?${FOLDER_QUERY}` },
    {
      id: "newest",
      method: "GET",
      url: "/me/mailFolders/inbox/messages?$top=1&$select=receivedDateTime&$orderby=receivedDateTime%20desc",
    },
    { id: "rules", method: "GET", url: "/me/mailFolders/inbox/messageRules" },
    { id: "settings", method: "GET", url: "/me/mailboxSettings" },
    ...WELL_KNOWN.map((name): BatchRequest => ({
      id: `wk-${name}`,
      method: "GET",
      url: `/me/mailFolders/${name}?$select=id`,
    })),
    ...LIST_EARLY.map((name): BatchRequest => ({
      id: `early-${name}`,
      method: "GET",
      url: `/me/mailFolders/${name}/childFolders?${FOLDER_QUERY}`,
    })),
  ]);
  // The client answers every request (a refusal or failure included).
  const byId = new Map(first.map((response) => [response.id, response]));
  const answer = (id: string): BatchResponse => byId.get(id)!;
  const wellKnown = new Map<string, string>();
  for (const name of WELL_KNOWN) {
    const folder = parsed(answer(`wk-${name}`), idSchema);
    if (folder) wellKnown.set(folder.id, name);
  }

  // Parents whose children we already have, so the walk does not list them again.
  const listed = new Set<string>();
  const early: BatchResponse[] = [];
  for (const name of LIST_EARLY) {
    const id = [...wellKnown].find(([, known]) => known === name)?.[0];
    const response = answer(`early-${name}`);
    if (id && parsed(response, folderPageSchema)) {
      listed.add(id);
      early.push(response);
    }
  }

  const folders: FolderInfo[] = [];
  let incomplete = false;
  let level: BatchResponse[] = [answer("folders"), ...early];
  while (level.length > 0) {
    const nextRequests: BatchRequest[] = [];
    for (const response of level) {
      const page = parsed(response, folderPageSchema);
      if (!page) {
        incomplete = true;
        continue;
      }
      for (const folder of page.value) {
        folders.push(toFolderInfo(folder, wellKnown));
        if ((folder.childFolderCount ?? 0) > 0 && !listed.has(folder.id))
          nextRequests.push({
            id: `children-${folder.id}`,
            method: "GET",
            url: `/me/mailFolders/${pathSegment(folder.id)}/childFolders?${FOLDER_QUERY}`,
          });
      }
      const nextLink = page["@odata.nextLink"];
      const next = nextLink === undefined ? undefined : client.relativeLink(nextLink);
      // A link that leads away from our Graph is not followed: what it would list is missing.
      if (next === null) incomplete = true;
      else if (next)
        nextRequests.push({
          id: `next-${nextRequests.length}-${folders.length}`,
          method: "GET",
          url: next,
        });
    }
    if (nextRequests.length > 0 && trace) trace.roundTrips++;
    // A batch of nothing sends nothing: the walk ends.
    level = await client.batch(nextRequests);
  }

  return {
    user: part(answer("me"), userSchema),
    folders,
    foldersIncomplete: incomplete,
    newestInboxMessage: part(answer("newest"), newestSchema),
    rules: part(answer("rules"), rulesSchema),
    mailboxSettings: part(answer("settings"), settingsSchema),
  };
}

const ok = (response: BatchResponse): boolean => response.status >= 200 && response.status < 300;

/** A successful answer whose body has the shape we rely on, or null. */
function parsed<T extends z.ZodType>(response: BatchResponse, schema: T): z.infer<T> | null {
  if (!ok(response)) return null;
  const result = schema.safeParse(response.body);
  return result.success ? result.data : null;
}

function part<T extends z.ZodType>(response: BatchResponse, schema: T): z.infer<T> | Unavailable {
  if (response.status === 403 || response.status === 401) return { unavailable: "denied" };
  if (isThrottled(response.status)) return { unavailable: "throttled" };
  return parsed(response, schema) ?? { unavailable: "error" };
}

function toFolderInfo(folder: GraphFolder, wellKnown: Map<string, string>): FolderInfo {
  // Number(undefined) is NaN: a folder without the property has no known size.
  const size = Number(
    folder.singleValueExtendedProperties?.find(
      (property) => property.id.toLowerCase().replace("0x0", "0x") === "long 0xe08"
    )?.value
  );
  return {
    id: folder.id,
    displayName: folder.displayName,
    parentFolderId: folder.parentFolderId,
    kind: folder["@odata.type"] === SEARCH_FOLDER_TYPE ? "search" : "mail",
    wellKnownName: wellKnown.get(folder.id) ?? null,
    totalItemCount: folder.totalItemCount ?? 0,
    sizeBytes: Number.isFinite(size) ? size : null,
  };
}
