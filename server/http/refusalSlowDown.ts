// Fair use against clients that keep sending what we refuse (scanners, broken or hostile scripts):
// once a client address has had more than `refusalsBeforeSlowDown` answers of 4xx in the window,
// each further request from it waits before it is handled — 100 ms per refusal beyond, up to 2 s.
// A wait costs the service a timer, not the event loop, and a flooding client sends its next request
// that much later: a few dozen addresses sending refused requests as fast as they are answered no
// longer take half of the service's time from everyone else (bench/load.ts, the hostile mix).
// Answers below 400 do not count, nor do 5xx (our or Graph's trouble, not the client's), so a person
// who mistypes now and then is never slowed. Counters live where the rate limits' do (memory, or
// Redis shared by instances); while Redis is away, requests pass uncounted. express-slow-down is
// express-rate-limit's own companion, configured like the limits in rateLimit.ts.
import type { RequestHandler } from "express";
import { slowDown } from "express-slow-down";
import type { Logger } from "pino";
import { addressOf, counterOptions, type RateLimits, type RateLimitStores } from "./rateLimit.js";

const SLOW_DOWN_STEP_MS = 100;
const SLOW_DOWN_MAX_MS = 2000;

/** `notCounted`: path prefixes whose requests are neither counted nor slowed. */
export function refusalSlowDown(
  limits: RateLimits,
  stores: RateLimitStores,
  logger: Logger,
  { notCounted = [] }: { notCounted?: string[] } = {}
): RequestHandler {
  const after = limits.refusalsBeforeSlowDown;
  return slowDown({
    skip: (req) =>
      notCounted.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`)),
    windowMs: limits.windowSeconds * 1000,
    delayAfter: after,
    delayMs: (used) => (used - after) * SLOW_DOWN_STEP_MS,
    maxDelayMs: SLOW_DOWN_MAX_MS,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode < 400 || res.statusCode >= 500,
    identifier: "refusals",
    store: stores("refusals"),
    keyGenerator: (req) => addressOf(req.ip),
    ...counterOptions(logger, "slow down"),
  });
}
