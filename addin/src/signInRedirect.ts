// Where the standalone sign-in pop-up lands: hands Microsoft's answer to the MailBridge window that
// opened it (msal-browser's redirect bridge), then the pop-up closes.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

void broadcastResponseToMainFrame().catch(() => window.close());
