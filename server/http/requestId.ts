// X-Request-Id on every answer, and the id in every log line written while serving the request: the
// one a proxy sent if it is a safe short token, else a new one.
import type { RequestHandler } from "express";
import { requestContext, requestIdFrom } from "../observability/requestContext.js";

export const REQUEST_ID_HEADER = "X-Request-Id";

export const requestId: RequestHandler = (req, res, next) => {
  const id = requestIdFrom(req.get(REQUEST_ID_HEADER));
  res.setHeader(REQUEST_ID_HEADER, id);
  res.locals.requestId = id;
  requestContext.run({ requestId: id }, next);
};
