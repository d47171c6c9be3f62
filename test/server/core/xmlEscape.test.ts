import assert from "node:assert/strict";
import { XMLParser } from "fast-xml-parser";
import { xmlEscape } from "../../../server/core/xmlEscape.js";

describe("XML escaping (server/core)", () => {
  it("writes the five XML specials as entities and tabs and line breaks as character references", () => {
    assert.equal(
      xmlEscape(`a&b<c>d"e'f\tg\nh\ri`),
      "a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i"
    );
    assert.equal(xmlEscape("plain text, l’été 😀"), "plain text, l’été 😀");
  });

  it("gives back the exact text through a real XML parser, as an attribute and as text", () => {
    const text = `<tag attr="x"> & 'quotes'\ttab\r\nCRLF\n`;
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      // Numeric character references (&#9;) are decoded as every XML parser must.
      htmlEntities: true,
    }).parse(`<r a="${xmlEscape(text)}">${xmlEscape(text)}</r>`) as {
      r: { a: string; "#text": string };
    };
    assert.equal(parsed.r.a, text);
    assert.equal(parsed.r["#text"], text);
  });
});
