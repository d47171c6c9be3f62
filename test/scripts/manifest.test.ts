import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { checkManifest } from "../../scripts/manifest/checkManifest.js";
import { schemaProblems } from "../../scripts/manifest/xsdCheck.js";
import { startTestApp } from "../helpers/testApp.js";
import { renderManifest } from "../../server/manifest/renderManifest.js";
import { fromRoot } from "../../server/projectRoot.js";

const run = promisify(execFile);
const source = readFileSync(fromRoot("manifest.xml"), "utf8");
const options = { assetDirectory: fromRoot("addin/assets"), requiredLocales: ["fr-FR"] };
const problems = (xml: string) => checkManifest(xml, options).problems;

async function validateCli(xml: string): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  writeFileSync(file, xml);
  try {
    const { stdout } = await run(process.execPath, [
      "--import",
      "tsx",
      fromRoot("scripts/validate-manifest.ts"),
      file,
    ]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("manifest validation (scripts/manifest)", () => {
  it("accepts the checked-in manifest", () => {
    assert.deepEqual(problems(source), []);
  });

  it("accepts the manifest rendered for a production host", () => {
    const rendered = renderManifest(source, {
      publicUrl: "https://mb.example.org",
      clientId: "11111111-2222-3333-4444-555555555555",
    });
    assert.deepEqual(problems(rendered), []);
  });

  it("names a broken icon URL", () => {
    const broken = source.replace("assets/icon-64.png", "assets/icon-404.png");
    assert.deepEqual(problems(broken), [
      "IconUrl https://localhost:3000/assets/icon-404.png is broken: there is no file addin/assets/icon-404.png",
    ]);
  });

  it("names an icon of the wrong size", () => {
    const wrong = source.replace(
      'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"'
    );
    assert.match(
      problems(wrong).join("\n"),
      /image "Icon\.16" .*icon-32\.png is 32×32, expected 16×16/
    );
  });

  it("names a missing French string", () => {
    const missing = source.replace(
      '<bt:Override Locale="fr-FR" Value="Réparer ma messagerie" />',
      ""
    );
    assert.deepEqual(problems(missing), [
      'string "Button.Label" (ShortStrings) has no fr-FR translation (<bt:Override Locale="fr-FR" Value="…"/>)',
    ]);
  });

  it("names a missing French display name", () => {
    const missing = source.replace('<Override Locale="fr-FR" Value="MailBridge" />', "");
    assert.match(problems(missing).join(), /<DisplayName> has no fr-FR translation/);
  });

  it("rejects http URLs, unresolved resource ids, wrong order and a missing pinning flag", () => {
    assert.match(
      problems(
        source.replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://')
      ).join(),
      /<SupportUrl> "http:\/\/localhost:3000\/taskpane.html" must use https/
    );
    assert.match(
      problems(source.replace('<Label resid="Group.Label" />', '<Label resid="Nope" />')).join(),
      /resid="Nope"> refers to a resource that does not exist/
    );
    assert.match(
      problems(
        source.replace(
          "<Version>0.1.0.0</Version>\n  <ProviderName>MailBridge</ProviderName>",
          "<ProviderName>MailBridge</ProviderName>\n  <Version>0.1.0.0</Version>"
        )
      ).join(),
      /<Version> is out of order/
    );
    assert.match(
      problems(source.replace("<SupportsPinning>true</SupportsPinning>", "")).join(),
      /SupportsPinning/
    );
  });

  it("reports malformed XML with its position instead of crashing", () => {
    assert.match(
      problems(source.replace("</Hosts>", "")).join(),
      /not well-formed XML: .*line \d+/
    );
  });

  it("npm run validate says what it checked and exits 0 on the good manifest", async () => {
    const { code, output } = await validateCli(source);
    assert.equal(code, 0, output);
    assert.match(output, /✔ parsed by office-addin-manifest: MailBridge/);
    assert.match(output, /✔ icons are PNG files of the declared size/);
    assert.match(output, /valid \(offline checks/);
  });

  it("npm run validate exits 1 and names the problem on a broken manifest", async () => {
    const { code, output } = await validateCli(
      source.replace("assets/icon-128.png", "assets/missing.png")
    );
    assert.equal(code, 1);
    assert.match(
      output,
      /✘ icons are PNG files of the declared size\n\s+- HighResolutionIconUrl .*missing\.png is broken/
    );
  });

  describe("against Microsoft's add-in manifest schemas (xmllint --schema)", () => {
    it("the checked-in manifest is valid", async () => {
      assert.deepEqual(await schemaProblems(source), []);
    });

    it("the manifest the server serves is valid", async () => {
      const app = await startTestApp();
      try {
        const response = await fetch(`${app.url}/manifest.xml`);
        assert.equal(response.status, 200);
        assert.deepEqual(await schemaProblems(await response.text()), []);
      } finally {
        await app.close();
      }
    });

    it("the production manifest (npm run manifest:prod) is valid, and the script says it checked", async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-prod-"));
      const out = path.join(dir, "manifest.xml");
      try {
        const { stdout } = await run(process.execPath, [
          "--import",
          "tsx",
          fromRoot("scripts/production-manifest.ts"),
          "--url",
          "https://mailbridge.example.org",
          "--client-id",
          "11111111-2222-3333-4444-555555555555",
          "--out",
          out,
        ]);
        assert.match(stdout, /✔ valid against Microsoft's add-in manifest schemas/);
        const written = readFileSync(out, "utf8");
        assert.match(written, /https:\/\/mailbridge\.example\.org\/taskpane\.html/);
        assert.deepEqual(await schemaProblems(written), []);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("names what only the schemas catch: a bad locale, an unknown attribute, an abstract host", async () => {
      const drifts = [
        [
          source.replace("<DefaultLocale>en-US<", "<DefaultLocale>english<"),
          /DefaultLocale.*'english' is not accepted/,
        ],
        [
          source.replace('<bt:Image id="Icon.16"', '<bt:Image id="Icon.16" size="16"'),
          /attribute 'size': The attribute 'size' is not allowed/,
        ],
        [
          source.replace(
            /<Hosts>(\s*)<Host xsi:type="MailHost">/,
            '<Hosts>$1<Host Name="Mailbox"/><Host xsi:type="MailHost">'
          ),
          /The type definition is abstract/,
        ],
      ] as const;
      for (const [xml, message] of drifts) {
        assert.notEqual(xml, source, "the drift applies");
        assert.deepEqual(problems(xml), [], "the structural checks do not see it");
        const found = await schemaProblems(xml);
        assert.match(found.join("\n"), message);
        assert.match(found[0]!, /^line \d+: /);
      }
      const { code, output } = await validateCli(drifts[0][0]);
      assert.equal(code, 1);
      assert.match(
        output,
        /✘ valid against Microsoft's add-in manifest schemas \(xmllint --schema\)\n\s+- line \d+: element DefaultLocale/
      );
    });
  });
});
