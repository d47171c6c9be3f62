// Inside the sign-in dialog: waits for Office.js, then sends the result to the taskpane that opened
// the dialog (Office.context.ui.messageParent).
import { loadOffice } from "./officeHost.js";

interface OfficeParentLike {
  context?: { ui?: { messageParent?(message: string, options?: { targetOrigin: string }): void } };
}

/** false when the page is not inside an Office dialog (opened directly in a browser). */
export async function messageParent(message: string): Promise<boolean> {
  const office = (await loadOffice())?.office as OfficeParentLike | undefined;
  const send = office?.context?.ui?.messageParent;
  if (!send) return false;
  send.call(office.context!.ui, message, { targetOrigin: window.location.origin });
  return true;
}
