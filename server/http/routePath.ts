import type { Request } from "express";

/** The full request path without its query string (which may carry addresses or other personal data). */
export const routePath = (req: Request): string => req.originalUrl.split("?")[0] ?? "/";
