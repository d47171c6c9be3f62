// Inside the sign-in dialog: waits for Office.js, then sends the result to the taskpane that opened
// the dialog (Office.context.ui.messageParent).
import { loadOffice } from "./officeHost.js";

/** false when the page is not inside an Office dialog (opened directly in a browser). */
export async function messageParent(message: string): Promise<boolean> {
  const { office } = await loadOffice();
  const ui = (office?.context as Partial<Office.Context> | undefined)?.ui;
  if (typeof ui?.messageParent !== "function") return false;
  ui.messageParent(message, { targetOrigin: window.location.origin });
  return true;
}
