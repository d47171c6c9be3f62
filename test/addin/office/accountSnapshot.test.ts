import assert from "node:assert/strict";
import { readAccountSnapshot } from "../../../addin/src/office/accountSnapshot.js";
import type { OnReadyInfo } from "../../../addin/src/office/officeGlobal.js";
import { CLASSIC_WINDOWS_OUTLOOK_COM, createOfficeDouble } from "../../helpers/officeDouble.js";

/** What Office.onReady resolves with in classic Outlook on Windows. */
const OUTLOOK_ON_PC: OnReadyInfo = await createOfficeDouble(CLASSIC_WINDOWS_OUTLOOK_COM).onReady();

describe("account snapshot (addin/src/office/accountSnapshot)", () => {
  it("reads address, account type, host and language from classic Outlook", () => {
    const office = createOfficeDouble(CLASSIC_WINDOWS_OUTLOOK_COM);
    const snapshot = readAccountSnapshot(office, OUTLOOK_ON_PC, "en-US");
    assert.equal(snapshot.mode, "outlook");
    assert.equal(snapshot.emailAddress, "marie.dupont@hotmail.fr");
    assert.equal(snapshot.displayName, "Marie Dupont");
    assert.equal(snapshot.accountType, "outlookCom");
    assert.deepEqual(snapshot.host, {
      name: "Outlook",
      version: "16.0.17928.20114",
      platform: "PC",
    });
    assert.equal(snapshot.displayLanguage, "fr-FR");
  });

  it("probes every Mailbox requirement set and reports which are supported", () => {
    const office = createOfficeDouble({ ...CLASSIC_WINDOWS_OUTLOOK_COM, maxMailboxMinor: 5 });
    const snapshot = readAccountSnapshot(office, OUTLOOK_ON_PC, "en-US");
    assert.deepEqual(
      snapshot.requirementSets.filter((set) => set.supported).map((set) => set.version),
      ["1.1", "1.2", "1.3", "1.4", "1.5"]
    );
    assert.equal(snapshot.requirementSets.length, 15);
  });

  it("leaves accountType null on hosts older than Mailbox 1.6, which do not report it", () => {
    const { accountType: _omitted, ...older } = CLASSIC_WINDOWS_OUTLOOK_COM;
    const snapshot = readAccountSnapshot(
      createOfficeDouble({ ...older, maxMailboxMinor: 5 }),
      OUTLOOK_ON_PC,
      "en-US"
    );
    assert.equal(snapshot.accountType, null);
  });

  it("treats a host whose isSetSupported throws as not supporting that set", () => {
    const office = createOfficeDouble(CLASSIC_WINDOWS_OUTLOOK_COM);
    office.context.requirements.isSetSupported = () => {
      throw new Error("unknown set");
    };
    const snapshot = readAccountSnapshot(office, OUTLOOK_ON_PC, "en-US");
    assert.ok(snapshot.requirementSets.every((set) => !set.supported));
  });

  it("is standalone when Office.js is absent, with the browser's language", () => {
    const snapshot = readAccountSnapshot(undefined, null, "fr-CA");
    assert.equal(snapshot.mode, "standalone");
    assert.equal(snapshot.emailAddress, null);
    assert.equal(snapshot.displayLanguage, "fr-CA");
    assert.deepEqual(snapshot.requirementSets, []);
  });

  it("is standalone when Office.js loaded in a plain browser (onReady reports no host)", () => {
    const office = createOfficeDouble(CLASSIC_WINDOWS_OUTLOOK_COM);
    const snapshot = readAccountSnapshot(office, { host: null, platform: null }, "en-GB");
    assert.equal(snapshot.mode, "standalone");
    assert.equal(snapshot.displayLanguage, "en-GB");
  });

  it("reads the client's name and build from Outlook's diagnostics, the platform from Office's context", () => {
    const office = createOfficeDouble({
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      platform: "Mac",
      hostVersion: "16.89",
    });
    const snapshot = readAccountSnapshot(office, OUTLOOK_ON_PC, "en");
    assert.deepEqual(snapshot.host, { name: "Outlook", version: "16.89", platform: "Mac" });
  });

  it("leaves out an account type Office did not document rather than guessing", () => {
    const office = createOfficeDouble({
      ...CLASSIC_WINDOWS_OUTLOOK_COM,
      accountType: "somethingNew",
    });
    assert.equal(readAccountSnapshot(office, OUTLOOK_ON_PC, "en").accountType, null);
  });

  it("produces plain data that survives JSON serialisation unchanged", () => {
    const snapshot = readAccountSnapshot(
      createOfficeDouble(CLASSIC_WINDOWS_OUTLOOK_COM),
      OUTLOOK_ON_PC,
      "en"
    );
    assert.deepEqual(JSON.parse(JSON.stringify(snapshot)), snapshot);
  });
});
