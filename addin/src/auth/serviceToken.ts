// The bearer token for mailbox endpoints: none in demo mode (the service serves only the demo
// mailbox), Office single sign-on otherwise.
import { getOfficeAccessToken } from "../office/officeAuth.js";

export const serviceToken = (mode: "demo" | "live"): Promise<string | null> => (mode === "demo" ? Promise.resolve(null) : getOfficeAccessToken());
