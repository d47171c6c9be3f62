// Stands in for zlib in the worker bundle: pst-extractor inflates only the blocks of 2013-format
// files (.ost caches), never a .pst's. An .ost is refused with this message rather than bundling
// an inflater no .pst needs.
export function unzipSync(): never {
  throw new Error("compressed blocks (an .ost file) are not supported: export a .pst from Outlook");
}

export default { unzipSync };
