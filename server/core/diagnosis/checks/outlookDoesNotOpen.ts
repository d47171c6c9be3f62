import type { Check } from "../check.js";
import { isMicrosoft } from "../../providers/microsoft.js";

/**
 * When Outlook will not open or re-adding the account fails, a new profile is usually the fix. Its
 * text is about leaving POP for Microsoft's modern sign-in: not for another provider's address.
 */
export const outlookDoesNotOpen: Check = ({ answers, provider, address }) =>
  answers.outlookOpens === false && (address === null || isMicrosoft(provider))
    ? [{ id: "outlookDoesNotOpen", severity: "warning", fixId: "new-profile" }]
    : [];
