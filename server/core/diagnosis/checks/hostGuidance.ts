import type { Check } from "../check.js";

/** What the Outlook the user is in means for the repair. */
export const hostGuidance: Check = ({ host, snapshot, provider }) => [
  {
    id: `host.${host}`,
    severity: "info",
    ...(host === "standalone" ? { fixId: "test-webmail" as const } : {}),
    params: {
      version: snapshot.host.version ?? "?",
      // Where to check the mail on the web: the provider's own webmail, never Outlook.com's for others.
      webmail: provider?.webmail ? new URL(provider.webmail).host : { term: "providerWebsite" },
    },
  },
];
