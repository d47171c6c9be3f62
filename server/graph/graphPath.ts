// A value (a folder id, a name) as one segment of a Graph URL path. Text that is not well-formed
// Unicode (a lone surrogate) cannot be percent-encoded and would throw a URIError: it is replaced by
// U+FFFD first, so the request goes out and Graph answers "not found" for an id no folder has.
export const pathSegment = (value: string): string => encodeURIComponent(value.toWellFormed());
