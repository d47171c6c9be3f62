// Debian's Chromium driven by playwright-core (npm cannot download browsers here). The flags keep
// Chromium from reaching for Google services, and its resolver maps every host name but the
// loopback ones to "not found": the tests make no DNS lookup at all (pages reach Microsoft's hosts
// only through the tests' request routing, which answers before any lookup).
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      "--disable-domain-reliability",
      "--disable-client-side-phishing-detection",
      "--disable-default-apps",
      "--no-pings",
      "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ],
  });
}
