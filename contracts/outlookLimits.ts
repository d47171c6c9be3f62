// What Microsoft Graph allows one app on one Outlook mailbox (learn.microsoft.com/graph/throttling-limits,
// "Outlook service limits"; outlook-large-attachments; message-post-attachments). "MB" is not defined
// there: we read it as 10^6 bytes, the stricter reading, so a client that keeps to these numbers keeps
// to Graph's whichever unit Microsoft meant — except for the request size, whose error text ("The
// maximum request length supported is 4MB") is ASP.NET's maxRequestLength of 4096 KB. The .pst
// importer paces itself by these numbers and the Graph simulator enforces them.

const MB = 1_000_000;

export const OUTLOOK_LIMITS = {
  /** "Four concurrent requests" per mailbox. */
  concurrentRequests: 4,
  /** "10,000 API requests in a 10-minute period". */
  requestsPerWindow: 10_000,
  requestWindowMs: 10 * 60_000,
  /** "150 megabytes (MB) upload (PATCH, POST, PUT) in a 5-minute period". */
  uploadBytesPerWindow: 150 * MB,
  uploadWindowMs: 5 * 60_000,
  /** One REST request, body included ("The maximum request length supported is 4MB"). */
  maxRequestBytes: 4 * 1024 * 1024,
  /**
   * POST .../attachments takes files under 3 MB (their base64 then fits the request limit); an upload
   * session takes 3 MB to 150 MB.
   */
  maxPostedAttachmentBytes: 3 * MB,
  maxUploadSessionBytes: 150 * MB,
} as const;

export type OutlookLimits = { -readonly [K in keyof typeof OUTLOOK_LIMITS]: number };
