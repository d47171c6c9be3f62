// Whether a provider is Microsoft's (Outlook.com or Microsoft 365): the procedure's re-adding,
// new profile and moving mail back to the server are written for these mailboxes.
import type { Provider } from "./catalog.js";

export const isMicrosoft = (provider: Provider | null): boolean =>
  provider?.kind === "microsoft-consumer" || provider?.kind === "microsoft-work";
