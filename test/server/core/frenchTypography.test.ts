import assert from "node:assert/strict";
import { frenchTypography } from "../../../server/core/frenchTypography.js";

describe("French typography of the service's sentences (server/core)", () => {
  it("puts a non-breaking space before “:” and inside « », a narrow one before ; ! ?", () => {
    assert.equal(
      frenchTypography("Attention : le dossier « Gmail » existe ; vraiment ! Pourquoi ?"),
      "Attention\u00a0: le dossier «\u00a0Gmail\u00a0» existe\u202f; vraiment\u202f! Pourquoi\u202f?"
    );
  });

  it("leaves signs that no space precedes as they are", () => {
    assert.equal(
      frenchTypography("https://exemple.fr?a=1;b «x» fin!"),
      "https://exemple.fr?a=1;b «x» fin!"
    );
  });
});
