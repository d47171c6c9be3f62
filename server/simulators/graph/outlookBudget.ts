// Outlook's per-mailbox limits as the simulator enforces them (when asked to): four requests at a time,
// a number of requests per window and a number of uploaded bytes (bodies of PATCH, POST and PUT) per
// window. A request over a limit is answered 429 with a Retry-After of the seconds until it would fit.
import type { OutlookLimits } from "@contracts/outlookLimits.js";

export class OutlookBudget {
  private inFlight = 0;
  private readonly requests: number[] = [];
  private readonly uploads: { at: number; bytes: number }[] = [];
  /** Requests refused, per limit (tests check a well-paced client meets none). */
  readonly refused = { concurrency: 0, requests: 0, uploads: 0 };

  get refusals(): number {
    return this.refused.concurrency + this.refused.requests + this.refused.uploads;
  }

  constructor(private readonly limits: OutlookLimits) {}

  /** null: admitted (call `done` when answered); otherwise the Retry-After in seconds. */
  admit(uploadBytes: number, now = Date.now()): number | null {
    while (this.requests.length > 0 && this.requests[0]! <= now - this.limits.requestWindowMs)
      this.requests.shift();
    while (this.uploads.length > 0 && this.uploads[0]!.at <= now - this.limits.uploadWindowMs)
      this.uploads.shift();
    let waitMs = 0;
    if (this.inFlight >= this.limits.concurrentRequests) {
      this.refused.concurrency++;
      waitMs = 1000;
    }
    if (this.requests.length >= this.limits.requestsPerWindow) {
      this.refused.requests++;
      waitMs = Math.max(waitMs, this.requests[0]! + this.limits.requestWindowMs - now);
    }
    let uploaded = this.uploads.reduce((sum, upload) => sum + upload.bytes, 0);
    if (uploadBytes > 0 && uploaded + uploadBytes > this.limits.uploadBytesPerWindow) {
      // Wait until enough of the window's uploads have aged out.
      for (const upload of this.uploads) {
        uploaded -= upload.bytes;
        if (uploaded + uploadBytes <= this.limits.uploadBytesPerWindow) {
          waitMs = Math.max(waitMs, upload.at + this.limits.uploadWindowMs - now);
          break;
        }
      }
      this.refused.uploads++;
    }
    if (waitMs > 0) {
      return Math.max(1, Math.ceil(waitMs / 1000));
    }
    this.inFlight++;
    this.requests.push(now);
    if (uploadBytes > 0) this.uploads.push({ at: now, bytes: uploadBytes });
    return null;
  }

  done(): void {
    this.inFlight--;
  }
}
