// The page Outlook opens in its dialog when the taskpane cannot sign in by itself (no nested app
// authentication, e.g. an Outlook.com mailbox). It signs in with msal-browser's redirect flow (it is
// its own redirect URI), then hands the token to the taskpane and nothing else: the token is not kept
// in this window's storage beyond msal's own session cache.
import { getSignInConfig } from "./api/client.js";
import { SIGN_IN_PAGES } from "@contracts/signIn.js";
import { interactiveRequest, pageUrl, standardClient } from "./auth/msalSignIn.js";
import { fromMsalResult } from "./auth/acquiredToken.js";
import { encodeDialogMessage } from "./auth/dialogMessage.js";
import { messageParent } from "./office/dialogParent.js";

async function run(): Promise<void> {
  try {
    const config = await getSignInConfig();
    const client = await standardClient(config, pageUrl(SIGN_IN_PAGES.dialog));
    const result = await client.handleRedirectPromise();
    if (result) {
      await messageParent(encodeDialogMessage({ status: "ok", ...fromMsalResult(result) }));
      return;
    }
    const query = new URLSearchParams(window.location.search);
    const hint = query.get("hint");
    const asked = query.get("consent");
    const consent = asked === "write" || asked === "imap" ? asked : null;
    await client.acquireTokenRedirect({
      ...interactiveRequest(config, consent),
      ...(hint ? { loginHint: hint } : { prompt: "select_account" }),
    });
  } catch (error) {
    const code = String(
      (error as { errorCode?: string; code?: string } | null)?.errorCode ??
        (error as { code?: string } | null)?.code ??
        "dialog_error"
    );
    await messageParent(encodeDialogMessage({ status: "error", code }));
  }
}

void run();
