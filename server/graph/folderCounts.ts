// Upload progress readings: the item count and size of each destination folder, in one batched
// round trip. A folder id is any text the client sent (a lone surrogate included): it is encoded
// safely and, when it names no folder, reported "missing". A search folder is not a destination
// (its counts are of messages filed elsewhere): "missing" too. A malformed answer is "error".
import { z } from "zod";
import type { FolderCount } from "@contracts/migration.js";
import { isThrottled, type GraphClient } from "./graphClient.js";
import { pathSegment } from "./graphPath.js";

const SIZE = "singleValueExtendedProperties($filter=id%20eq%20'Long%200x0E08')";

const countSchema = z.object({
  "@odata.type": z.string().optional(),
  totalItemCount: z.number().int().nonnegative(),
  // The one property asked for; Graph leaves it out when the folder has none.
  singleValueExtendedProperties: z
    .tuple([z.object({ value: z.string().regex(/^\d+$/) })])
    .optional(),
});

export async function readFolderCounts(
  client: GraphClient,
  folderIds: string[]
): Promise<FolderCount[]> {
  const responses = await client.batch(
    folderIds.map((id, index) => ({
      id: String(index),
      method: "GET" as const,
      url: `/me/mailFolders/${pathSegment(id)}?$select=id,totalItemCount&$expand=${SIZE}`,
    }))
  );
  return responses.map((response, index): FolderCount => {
    const id = folderIds[index]!;
    if (response.status === 404) return { id, unavailable: "missing" };
    if (isThrottled(response.status)) return { id, unavailable: "throttled" };
    // Any other answer (an error body, a folder without its count) is not a reading.
    const folder = countSchema.safeParse(response.body);
    if (!folder.success) return { id, unavailable: "error" };
    if (folder.data["@odata.type"] === "#microsoft.graph.mailSearchFolder")
      return { id, unavailable: "missing" };
    return {
      id,
      items: folder.data.totalItemCount,
      sizeBytes: Number(folder.data.singleValueExtendedProperties?.[0].value ?? 0),
    };
  });
}
