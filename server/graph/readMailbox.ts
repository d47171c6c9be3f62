// Reads what the mailbox checks need in as few sequential round trips as Graph allows: one $batch
// for the user, the top-level folders (with sizes), the newest inbox message, the inbox rules and the
// mailbox settings; then one batched round trip per further folder level (Graph lists one level at
// a time). Every listing asks for up to 999 folders per page and the size property in the same call,
// and the children of the usual parent folders (Inbox, Archive, …) are listed by well-known name in
// the first round trip, which saves one round trip for the common "Archive > year > month" trees.
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

const SIZE_PROPERTY = "Long 0x0E08";
const FOLDER_QUERY = `$top=999&$select=id,displayName,parentFolderId,childFolderCount,totalItemCount&$expand=singleValueExtendedProperties($filter=id%20eq%20'${SIZE_PROPERTY.replace(" ", "%20")}')`;
const WELL_KNOWN = [
  "inbox",
  "sentitems",
  "drafts",
  "deleteditems",
  "junkemail",
  "archive",
] as const;
/** Well-known folders that often hold subfolders: their children are listed in the first round trip, by name. */
const LIST_EARLY = ["inbox", "archive", "sentitems", "deleteditems"] as const;

interface GraphFolder {
  id: string;
  displayName: string;
  parentFolderId: string;
  childFolderCount?: number;
  totalItemCount?: number;
  singleValueExtendedProperties?: { id: string; value: string }[];
}

interface Page<T> {
  value?: T[];
  "@odata.nextLink"?: string;
}

export async function readMailbox(
  client: GraphClient,
  trace?: { roundTrips: number }
): Promise<MailboxData> {
  if (trace) trace.roundTrips = 1;
  const first = await client.batch([
    { id: "me", method: "GET", url: "/me?$select=displayName,mail" },
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
  const byId = new Map(first.map((response) => [response.id, response]));
  const wellKnown = new Map<string, string>();
  for (const name of WELL_KNOWN) {
    const response = byId.get(`wk-${name}`);
    if (response && ok(response)) wellKnown.set((response.body as { id: string }).id, name);
  }

  // Parents whose children we already have, so the walk does not list them again.
  const listed = new Set<string>();
  const early: BatchResponse[] = [];
  for (const name of LIST_EARLY) {
    const id = [...wellKnown].find(([, known]) => known === name)?.[0];
    const response = byId.get(`early-${name}`);
    if (id && response && ok(response)) {
      listed.add(id);
      early.push(response);
    }
  }

  const folders: FolderInfo[] = [];
  let incomplete = false;
  let level: BatchResponse[] = [byId.get("folders")!, ...early];
  while (level.length > 0) {
    const nextRequests: BatchRequest[] = [];
    for (const response of level) {
      if (!ok(response)) {
        incomplete = true;
        continue;
      }
      const page = response.body as Page<GraphFolder>;
      for (const folder of page.value ?? []) {
        folders.push(toFolderInfo(folder, wellKnown));
        if ((folder.childFolderCount ?? 0) > 0 && !listed.has(folder.id))
          nextRequests.push({
            id: `children-${folder.id}`,
            method: "GET",
            url: `/me/mailFolders/${encodeURIComponent(folder.id)}/childFolders?${FOLDER_QUERY}`,
          });
      }
      const nextLink = page["@odata.nextLink"];
      if (nextLink)
        nextRequests.push({
          id: `next-${nextRequests.length}-${folders.length}`,
          method: "GET",
          url: relativeToVersion(nextLink),
        });
    }
    if (nextRequests.length > 0 && trace) trace.roundTrips++;
    level = nextRequests.length > 0 ? await client.batch(nextRequests) : [];
  }

  return {
    user: part(byId.get("me"), (body) => body as { displayName: string; mail: string }),
    folders,
    foldersIncomplete: incomplete,
    newestInboxMessage: part(byId.get("newest"), (body) => ({
      receivedDateTime:
        (body as Page<{ receivedDateTime: string }>).value?.[0]?.receivedDateTime ?? null,
    })),
    rules: part(byId.get("rules"), (body) =>
      ((body as Page<Record<string, unknown>>).value ?? []).map(toRuleInfo)
    ),
    mailboxSettings: part(byId.get("settings"), (body) => body as Record<string, unknown>),
  };
}

const ok = (response: BatchResponse): boolean => response.status >= 200 && response.status < 300;

function part<T>(response: BatchResponse | undefined, read: (body: unknown) => T): T | Unavailable {
  if (!response) return { unavailable: "error" };
  if (ok(response)) return read(response.body);
  if (response.status === 403 || response.status === 401) return { unavailable: "denied" };
  if (isThrottled(response.status)) return { unavailable: "throttled" };
  return { unavailable: "error" };
}

function toFolderInfo(folder: GraphFolder, wellKnown: Map<string, string>): FolderInfo {
  const size = folder.singleValueExtendedProperties?.find(
    (property) => property.id.toLowerCase().replace("0x0", "0x") === "long 0xe08"
  )?.value;
  return {
    id: folder.id,
    displayName: folder.displayName,
    parentFolderId: folder.parentFolderId,
    wellKnownName: wellKnown.get(folder.id) ?? null,
    totalItemCount: folder.totalItemCount ?? 0,
    sizeBytes: size === undefined ? null : Number(size),
  };
}

function toRuleInfo(rule: Record<string, unknown>): RuleInfo {
  return {
    id: String(rule.id ?? ""),
    displayName: String(rule.displayName ?? ""),
    isEnabled: rule.isEnabled !== false,
    hasError: rule.hasError === true,
    actions: (rule.actions as Record<string, unknown> | undefined) ?? {},
  };
}

/** "https://graph.microsoft.com/v1.0/me/…?…" → "/me/…?…" for use inside a $batch. */
function relativeToVersion(link: string): string {
  const url = new URL(link);
  return `${url.pathname.replace(/^\/v1\.0/, "")}${url.search}`;
}
