// Security headers and same-origin enforcement. The taskpane and the API share one origin, so the API
// answers no CORS request at all; the CSP allows exactly what the taskpane loads (our origin and the
// Office.js CDN), what msal-browser calls (Microsoft's sign-in endpoints) and lets only Outlook's own
// web origins frame the taskpane.
import helmet from "helmet";
import type { RequestHandler } from "express";
import { ServiceError } from "./serviceError.js";
import { AUTHORITY_HOST } from "../auth/microsoftIdentity.js";

export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** Outlook on the web / new Outlook host the taskpane in an iframe on these origins. */
export const OUTLOOK_FRAME_ANCESTORS = [
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.live.com",
  "https://outlook.cloud.microsoft",
  "https://*.outlook.com",
  "https://*.office.com",
];

/** `graphOrigins`: where the taskpane's .pst importer sends mail itself (live mode). */
export function securityHeaders(graphOrigins: string[] = []): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", OFFICE_JS_ORIGIN],
        // Fluent UI (Griffel) inserts its atomic CSS at run time; scripts stay strict.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        // msal-browser redeems sign-in codes at Microsoft's token endpoint from the page itself.
        "connect-src": ["'self'", AUTHORITY_HOST, ...graphOrigins],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'", ...OUTLOOK_FRAME_ANCESTORS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
      },
    },
    // X-Frame-Options cannot list several origins; frame-ancestors above replaces it.
    frameguard: false,
    // Office's dialog API and MSAL sign-in use pop-ups that must be able to talk back.
    crossOriginOpenerPolicy: { policy: "same-origin-allow-popups" },
    // Outlook loads our manifest icons from its own origin.
    crossOriginResourcePolicy: { policy: "cross-origin" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: false },
  });
}

/** Rejects browser requests to the API from any other origin (no CORS: the API is same-origin only). */
export function sameOriginOnly(allowedOrigins: string[]): RequestHandler {
  return (req, res, next) => {
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    const origin = req.headers.origin;
    if (!origin) return next();
    const own = `${req.protocol}://${req.headers.host ?? ""}`;
    if (origin === own || allowedOrigins.includes(origin)) return next();
    next(new ServiceError("cross_origin"));
  };
}

/** API answers are for one user at one moment: no browser or proxy may keep them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
};
