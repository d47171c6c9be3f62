import type { Check } from "../check.js";

/** The FAQ's first question: app passwords and "less secure apps" do not help Microsoft accounts. */
export const appPasswordsObsolete: Check = ({ provider }) =>
  provider?.kind === "microsoft-consumer" || provider?.kind === "microsoft-work"
    ? [{ id: "appPasswordsObsolete", severity: "info" }]
    : [];
