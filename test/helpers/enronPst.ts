// enron.pst as the tests read it: from the pst-extractor package (see test/fixtures/external/pst),
// opened with our reader over pst-extractor, in Node (a path; the worker maps paths to a File).
import { openSync, readSync, closeSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PSTFile } from "pst-extractor";
import { openPstExtractorReader } from "../../addin/src/pstImport/engine/pstExtractorReader.js";
import type { PstReader } from "../../addin/src/pstImport/engine/pstReader.js";

export const ENRON_PST = fileURLToPath(
  new URL("../../node_modules/pst-extractor/example/testdata/enron.pst", import.meta.url)
);

export function headerOf(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header;
  } finally {
    closeSync(fd);
  }
}

export function openPst(file = ENRON_PST): PstReader {
  return openPstExtractorReader(
    () => new PSTFile(file),
    headerOf(file),
    `${file}:${statSync(file).size}`
  );
}
