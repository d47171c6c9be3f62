import assert from "node:assert/strict";
import { HOST_KINDS } from "@contracts/hostKind.js";
import { hostGuidance } from "../../../../../server/core/diagnosis/checks/hostGuidance.js";
import { classicWindowsOutlookCom, standalone } from "../../../../fixtures/snapshots.js";
import { catalogProvider, facts } from "./facts.js";

describe("check hostGuidance: what the Outlook the user is in means for the repair", () => {
  it("inside Outlook: names the host and its version, with no wizard step of its own", () => {
    for (const host of HOST_KINDS.filter((kind) => kind !== "standalone"))
      assert.deepEqual(
        hostGuidance(facts({ snapshot: classicWindowsOutlookCom, host })),
        [
          {
            id: `host.${host}`,
            severity: "info",
            params: { version: "16.0.17928.20114", webmail: { term: "providerWebsite" } },
          },
        ],
        host
      );
  });

  it("outside Outlook: check the mail on the provider's own webmail first", () => {
    const provider = catalogProvider("microsoft-consumer");
    assert.deepEqual(hostGuidance(facts({ snapshot: standalone, host: "standalone", provider })), [
      {
        id: "host.standalone",
        severity: "info",
        fixId: "test-webmail",
        params: { version: "?", webmail: "outlook.live.com" },
      },
    ]);
    const gmail = hostGuidance(facts({ provider: catalogProvider("google") }));
    assert.equal(gmail[0]?.params?.webmail, "mail.google.com");
  });

  it("without a provider webmail we know: the provider's website, never Outlook.com's", () => {
    for (const provider of [catalogProvider("orange"), null])
      assert.deepEqual(
        hostGuidance(facts({ provider }))[0]?.params?.webmail,
        { term: "providerWebsite" },
        provider?.id ?? "no provider"
      );
  });
});
