import assert from "node:assert/strict";
import type { DnsFailure } from "@contracts/connectivity.js";
import { autodiscoverRecord } from "../../../../../server/core/diagnosis/checks/autodiscoverRecord.js";
import { catalogProvider, customDomain, facts } from "./facts.js";

const M365 = catalogProvider("microsoft-365");
const RECORD = "autodiscover.cabinet-martin.fr. 3600 IN CNAME autodiscover.outlook.com.";

describe("check autodiscoverRecord: the autodiscover CNAME of a custom domain at Microsoft", () => {
  it("missing (NXDOMAIN or NODATA): a warning with the exact CNAME to publish", () => {
    for (const failure of ["nxdomain", "nodata"] as DnsFailure[])
      assert.deepEqual(
        autodiscoverRecord(
          customDomain("claire@cabinet-martin.fr", M365, { autodiscover: { failure } })
        ),
        [
          {
            id: "autodiscover.missing",
            severity: "warning",
            params: { name: "autodiscover.cabinet-martin.fr", record: RECORD },
          },
        ],
        failure
      );
  });

  it("pointing elsewhere: a warning listing every target and the record to publish instead", () => {
    const context = customDomain("claire@cabinet-martin.fr", M365, {
      autodiscover: { records: ["mail.old-exchange.fr", "backup.old-exchange.fr."] },
    });
    assert.deepEqual(autodiscoverRecord(context), [
      {
        id: "autodiscover.wrong",
        severity: "warning",
        params: {
          name: "autodiscover.cabinet-martin.fr",
          current: "mail.old-exchange.fr, backup.old-exchange.fr.",
          record: RECORD,
        },
      },
    ]);
  });

  it("pointing to autodiscover.outlook.com, in any case, with or without the root dot: fine", () => {
    for (const target of ["autodiscover.outlook.com", "Autodiscover.Outlook.COM."])
      assert.deepEqual(
        autodiscoverRecord(
          customDomain("claire@cabinet-martin.fr", M365, { autodiscover: { records: [target] } })
        ),
        [
          {
            id: "autodiscover.ok",
            severity: "ok",
            params: { name: "autodiscover.cabinet-martin.fr" },
          },
        ],
        target
      );
  });

  it("fine when one of several targets is Microsoft's", () => {
    const context = customDomain("a@c.fr", M365, {
      autodiscover: { records: ["mail.old-exchange.fr", "autodiscover.outlook.com."] },
    });
    assert.equal(autodiscoverRecord(context)[0]?.id, "autodiscover.ok");
  });

  it("a look-alike target is not Microsoft's", () => {
    for (const target of ["autodiscover.outlook.com.evil.example", "xautodiscover.outlook.com"]) {
      const context = customDomain("a@c.fr", M365, { autodiscover: { records: [target] } });
      assert.equal(autodiscoverRecord(context)[0]?.id, "autodiscover.wrong", target);
    }
  });

  it("when DNS could not answer: says it could not check, without claiming the record is missing", () => {
    for (const failure of ["timeout", "servfail", "refused", "unreachable"] as DnsFailure[])
      assert.deepEqual(
        autodiscoverRecord(customDomain("a@c.fr", M365, { autodiscover: { failure } })),
        [{ id: "autodiscover.unchecked", severity: "info", params: { name: "autodiscover.c.fr" } }],
        failure
      );
  });

  it("checks Outlook.com custom domains as well as Microsoft 365 ones", () => {
    const consumer = customDomain("a@c.fr", catalogProvider("microsoft-consumer"));
    assert.equal(autodiscoverRecord(consumer)[0]?.id, "autodiscover.missing");
  });

  it("says nothing for domains hosted elsewhere, which need no Microsoft alias", () => {
    for (const id of ["ovhcloud", "google-workspace", "gandi"])
      assert.deepEqual(autodiscoverRecord(customDomain("a@c.fr", catalogProvider(id))), [], id);
  });

  it("needs an address, a Microsoft provider found from the MX record, and the domain's DNS", () => {
    const complete = customDomain("a@c.fr", M365);
    assert.equal(autodiscoverRecord(complete).length, 1, "the complete facts do give a finding");
    const cases = {
      "no address": { address: null },
      "no provider": { provider: null },
      "no DNS facts": { dns: null },
      "no evidence": { evidence: null },
      "from the catalog (an onmicrosoft.com address)": { evidence: { by: "catalog" } },
      "DNS could not tell": { evidence: { by: "none", dns: "timeout" } },
    } as const;
    for (const [name, change] of Object.entries(cases))
      assert.deepEqual(autodiscoverRecord(facts({ ...complete, ...change })), [], name);
  });
});
