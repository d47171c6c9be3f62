// Express works req.ip out anew at each read (X-Forwarded-For parsed against the trust-proxy
// setting), and the fair-use middlewares read it several times a request (express-rate-limit even
// for its debug lines, written or not). It cannot change during a request: read once, kept as is.
import type { RequestHandler } from "express";

export const clientAddressOnce: RequestHandler = (req, _res, next) => {
  Object.defineProperty(req, "ip", { value: req.ip, enumerable: true });
  next();
};
