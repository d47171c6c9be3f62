// Which Outlook the user is in, from the snapshot. Shared by the diagnosis (server) and the repair
// wizard (taskpane) so both tailor to the same answer.
import type { AccountSnapshot } from "./accountSnapshot.js";

export type HostKind = "classic-windows" | "new-outlook-or-web" | "mac" | "mobile" | "standalone";

export const HOST_KINDS: readonly HostKind[] = [
  "classic-windows",
  "new-outlook-or-web",
  "mac",
  "mobile",
  "standalone",
];

export function hostKind(snapshot: Pick<AccountSnapshot, "mode" | "host">): HostKind {
  if (snapshot.mode === "standalone") return "standalone";
  switch (snapshot.host.platform) {
    case "PC":
      return "classic-windows";
    case "Mac":
      return "mac";
    case "iOS":
    case "Android":
      return "mobile";
    default:
      // "OfficeOnline" is both Outlook on the web and the new Outlook for Windows.
      return "new-outlook-or-web";
  }
}
