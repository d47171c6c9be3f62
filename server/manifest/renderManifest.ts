// Fills the checked-in manifest.xml (written for https://localhost:3000 and a placeholder app id) with
// a deployment's public origin and Azure app (client) id. Used by GET /manifest.xml and by
// `npm run manifest:prod`; the output goes through the same validation as the source.
import { applicationIdUri } from "../auth/microsoftIdentity.js";

export const DEV_ORIGIN = "https://localhost:3000";
export const PLACEHOLDER_CLIENT_ID = "00000000-0000-0000-0000-000000000000";

export interface ManifestTarget {
  /** https origin (optionally with a path) the taskpane is served from. */
  publicUrl: string;
  /** Azure app (client) id for SSO; null keeps the placeholder (demo mode). */
  clientId: string | null;
}

export function renderManifest(template: string, target: ManifestTarget): string {
  const base = target.publicUrl.replace(/\/+$/, "");
  const clientId = target.clientId ?? PLACEHOLDER_CLIENT_ID;
  return template
    .replaceAll(
      applicationIdUri(DEV_ORIGIN, PLACEHOLDER_CLIENT_ID),
      applicationIdUri(base, clientId)
    )
    .replace(/(<WebApplicationInfo>\s*<Id>)[^<]*(<\/Id>)/, `$1${clientId}$2`)
    .replaceAll(DEV_ORIGIN, base);
}
