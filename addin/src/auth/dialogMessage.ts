// The one message the sign-in dialog sends back to the taskpane, as JSON. The taskpane accepts only
// this shape: anything else counts as a failed sign-in, never as a token.
import type { AcquiredToken } from "./acquiredToken.js";

export type DialogMessage = ({ status: "ok" } & AcquiredToken) | { status: "error"; code: string };

export const encodeDialogMessage = (message: DialogMessage): string => JSON.stringify(message);

export function decodeDialogMessage(raw: string): DialogMessage {
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (
      value.status === "ok" &&
      typeof value.accessToken === "string" &&
      typeof value.expiresOn === "number" &&
      typeof value.username === "string"
    ) {
      return {
        status: "ok",
        accessToken: value.accessToken,
        expiresOn: value.expiresOn,
        username: value.username,
      };
    }
    if (value.status === "error" && typeof value.code === "string")
      return { status: "error", code: value.code.slice(0, 100) };
  } catch {
    // falls through
  }
  return { status: "error", code: "malformed_dialog_message" };
}
