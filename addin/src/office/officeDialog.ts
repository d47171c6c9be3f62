// Opens our sign-in page in an Office dialog (Office.context.ui.displayDialogAsync) and resolves with
// the one message the page sends back. Codes are Office's: 12009/12011 = the user ignored the dialog
// or the browser blocked it, 12006 = the user closed it.
import { SignInError } from "../auth/signInError.js";
import { officeGlobal } from "./officeGlobal.js";

const BLOCKED = new Set([12009, 12011]);
const CLOSED_BY_USER = 12006;

export function openSignInDialog(url: string): Promise<string> {
  const office = officeGlobal();
  if (!office?.context?.ui) return Promise.reject(new SignInError("unsupported_host"));
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(
      url,
      { height: 60, width: 30, promptBeforeOpen: false },
      (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          const code = result.error?.code ?? 0;
          return reject(
            new SignInError(BLOCKED.has(code) ? "dialog_blocked" : "dialog_failed", String(code))
          );
        }
        const dialog = result.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => {
          if (!("message" in args)) return;
          // Only our own page may answer (origin is reported by hosts supporting DialogOrigin 1.1).
          if (args.origin && args.origin !== window.location.origin) return;
          dialog.close();
          resolve(args.message);
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => {
          const code = "error" in args ? args.error : 0;
          reject(
            new SignInError(code === CLOSED_BY_USER ? "cancelled" : "dialog_failed", String(code))
          );
        });
      }
    );
  });
}
