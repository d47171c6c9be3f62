import assert from "node:assert/strict";
import { rtfToBody } from "../../../addin/src/pstImport/engine/rtfBody.js";

describe("message bodies from RTF (for .pst items whose HTML body is empty)", () => {
  it("turns RTF-encapsulated HTML ([MS-OXRTFEX]) back into the HTML it was", () => {
    // The shape Outlook writes: HTML tags in \*\htmltag groups, RTF-only text between \htmlrtf and \htmlrtf0.
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}" +
      "{\\*\\htmltag19 <html>}{\\*\\htmltag34 <head>}{\\*\\htmltag41 </head>}{\\*\\htmltag50 <body>}" +
      "\\htmlrtf {\\htmlrtf0 {\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Caf\\'e9 cr\\u232?me \\{ok\\}" +
      "{\\*\\htmltag72 </p>}\\htmlrtf }\\htmlrtf0 \\htmlrtf \\par \\htmlrtf0 }\\htmlrtf }\\htmlrtf0 " +
      "{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}";
    assert.deepEqual(rtfToBody(rtf), {
      contentType: "html",
      content: "<html><head></head><body><p>Café crème {ok}</p></body></html>",
    });
  });

  it("turns other RTF into its plain text: paragraphs, tabs, code page and Unicode characters", () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}{\\colortbl;\\red0\\green0\\blue0;}" +
      "\\f0\\fs22 Bonjour\\tab Marie,\\par \\'c0 bient\\'f4t \\u8364? 5\\par}";
    assert.deepEqual(rtfToBody(rtf), {
      contentType: "text",
      content: "Bonjour\tMarie,\nÀ bientôt € 5",
    });
  });

  it("says nothing for what is not RTF", () => {
    assert.equal(rtfToBody("plain text"), null);
  });
});
