// negotiator 1.1 (jshttp, the library under Express's req.accepts*), the one call we make. The
// DefinitelyTyped package describes 0.6, which had no `preferred` option.
declare module "negotiator" {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** What the client accepts among `available`, best first; ties in the order of `preferred`. */
    encodings(available: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
}
