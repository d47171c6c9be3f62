// The `fs` that pst-extractor sees in the Web Worker: a path names the File the user chose, and each
// positioned read is served from a page cache filled with FileReaderSync slices. The parser makes
// ~120,000 tiny reads for a 14 MB file and each FileReaderSync call costs about a millisecond, so
// the cache is what makes it usable: 16 pages of 256 KB (4 MB) read enron.pst in ~0.6 s where no
// cache takes ~2 minutes (measured; 1 MB pages thrash, smaller ones make more calls).
/** Workers only (not in TypeScript's DOM library). */
declare const FileReaderSync: { new (): { readAsArrayBuffer(blob: Blob): ArrayBuffer } };

const PAGE_BYTES = 256 * 1024;
const PAGES = 16;

const files = new Map<string, File>();
const open = new Map<number, File>();
let nextFd = 1; // the parser treats fd 0 as "no file"
const reader = new FileReaderSync();
/** Least recently used first. */
const pages = new Map<string, Uint8Array>();

/** Makes `file` readable at `path` (the worker's entry does this before opening the .pst). */
export function mapFile(path: string, file: File): void {
  files.set(path, file);
}

/** The first bytes of a file (its header), read directly. */
export const readHead = (file: File, length: number): Uint8Array =>
  new Uint8Array(reader.readAsArrayBuffer(file.slice(0, length)));

/** Bytes read from the File through FileReaderSync (the bench and tests read it). */
export const stats = { sliceReads: 0, bytesRead: 0 };

export function openSync(path: string): number {
  const file = files.get(path);
  if (!file) throw new Error(`ENOENT: ${path}`);
  const fd = nextFd++;
  open.set(fd, file);
  return fd;
}

export function closeSync(fd: number): void {
  open.delete(fd);
  for (const key of [...pages.keys()]) if (key.startsWith(`${fd}:`)) pages.delete(key);
}

function page(fd: number, file: File, index: number): Uint8Array {
  const key = `${fd}:${index}`;
  let bytes = pages.get(key);
  if (bytes) {
    pages.delete(key);
  } else {
    const start = index * PAGE_BYTES;
    bytes = new Uint8Array(reader.readAsArrayBuffer(file.slice(start, start + PAGE_BYTES)));
    stats.sliceReads++;
    stats.bytesRead += bytes.length;
    if (pages.size >= PAGES) pages.delete(pages.keys().next().value!);
  }
  pages.set(key, bytes);
  return bytes;
}

export function readSync(
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number
): number {
  const file = open.get(fd);
  if (!file) throw new Error(`EBADF: ${fd}`);
  let done = 0;
  while (done < length && position + done < file.size) {
    const at = position + done;
    const bytes = page(fd, file, Math.floor(at / PAGE_BYTES));
    const from = at % PAGE_BYTES;
    const count = Math.min(length - done, bytes.length - from);
    if (count <= 0) break;
    buffer.set(bytes.subarray(from, from + count), offset + done);
    done += count;
  }
  return done;
}

export default { openSync, closeSync, readSync };
