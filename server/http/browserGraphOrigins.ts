// Where the taskpane itself may send requests to Microsoft Graph, for the CSP's connect-src. Live
// mode: Graph (or the configured GRAPH_BASE_URL's origin, a simulator in tests) and Outlook's upload
// host, where attachment upload sessions' pre-authenticated URLs point (outlook.office.com, per
// Graph's "attach large files" guide). Demo mode: none, the demo Graph is same-origin (/demo-graph).
import type { Config } from "../config.js";

export const OUTLOOK_UPLOAD_ORIGIN = "https://outlook.office.com";

export function browserGraphOrigins(config: Config): string[] {
  if (config.mode !== "live") return [];
  const graph = new URL(config.graphBaseUrl).origin;
  return graph === "https://graph.microsoft.com" ? [graph, OUTLOOK_UPLOAD_ORIGIN] : [graph];
}
