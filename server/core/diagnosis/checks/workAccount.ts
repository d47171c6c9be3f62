import type { Check } from "../check.js";

/** Work and school accounts: same end of basic auth, but the organisation's admin holds the keys. */
export const workAccount: Check = ({ provider }) =>
  provider?.kind === "microsoft-work" ? [{ id: "workAccount", severity: "info" }] : [];
