import type { Check } from "../check.js";
import { isMicrosoft } from "../../providers/microsoft.js";

/** The FAQ's first question: app passwords and "less secure apps" do not help Microsoft accounts. */
export const appPasswordsObsolete: Check = ({ provider }) =>
  isMicrosoft(provider) ? [{ id: "appPasswordsObsolete", severity: "info" }] : [];
