import type { Check } from "../check.js";

/** When Outlook will not open or re-adding the account fails, a new profile is usually the fix. */
export const outlookDoesNotOpen: Check = ({ answers }) =>
  answers.outlookOpens === false
    ? [{ id: "outlookDoesNotOpen", severity: "warning", fixId: "new-profile" }]
    : [];
