import type { Check } from "../check.js";

/** What the Outlook the user is in means for the repair. */
export const hostGuidance: Check = ({ host, snapshot }) => [
  {
    id: `host.${host}`,
    severity: "info",
    ...(host === "standalone" ? { fixId: "test-webmail" as const } : {}),
    params: { version: snapshot.host.version ?? "?" },
  },
];
