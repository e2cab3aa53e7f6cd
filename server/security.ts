import { randomBytes } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import helmet from "helmet";
import type { PlainPageKind } from "~/platform/http/plain-page.server";
import { sendPlainPage } from "./send-plain-page";

/** A fresh nonce per response: only scripts that React Router renders with it may run. */
export function assignNonce(_req: Request, res: Response, next: NextFunction): void {
  res.locals.nonce = randomBytes(16).toString("base64");
  next();
}

export function securityHeaders(options: { isHttps: boolean; isDevelopment: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: [
          "'self'",
          (_req, res) => `'nonce-${(res as Response).locals.nonce}'`,
          // Vite's dev server injects its client with eval; never in production.
          ...(options.isDevelopment ? ["'unsafe-eval'"] : []),
        ],
        styleSrc: ["'self'", ...(options.isDevelopment ? ["'unsafe-inline'"] : [])],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...(options.isDevelopment ? ["ws:"] : [])],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        ...(options.isHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense, and is only honoured, behind https.
    strictTransportSecurity: options.isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    // "same-origin", not "no-referrer": with no-referrer Chromium sends `Origin: null` on form posts,
    // which React Router's own CSRF check refuses. Other sites still get no referrer (reset tokens
    // live in paths).
    referrerPolicy: { policy: "same-origin" },
  });
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The SAML assertion consumer service: an identity provider's page posts the signed response to it
 * from its own site. It is safe to accept: the response must be signed and answer an attempt that
 * this browser started, which the route checks before anyone is signed in.
 */
export const SAML_ACS_PATH = /^\/sso\/[^/]+\/saml$/;

/**
 * Refuses state-changing requests that a browser says came from another site. Together with the
 * SameSite=Lax session cookie this stops cross-site request forgery without tokens in every form.
 */
export function refuseCrossSiteRequests(publicOrigin: string): RequestHandler {
  return (req, res, next) => {
    if (!STATE_CHANGING.has(req.method) || SAML_ACS_PATH.test(req.path)) return next();
    const fetchSite = req.get("sec-fetch-site");
    const origin = req.get("origin");
    const ownOrigin = `${req.protocol}://${req.get("host")}`;
    // "null" is an opaque origin (a sandboxed frame, a data: URL, a cross-site redirect chain): our
    // own forms never send it, and React Router would refuse it later with a stack trace.
    const isCrossSite =
      fetchSite === "cross-site" || (origin !== undefined && origin !== publicOrigin && origin !== ownOrigin);
    if (isCrossSite) return sendPlainPage(req, res, 403, "forbidden");
    next();
  };
}

/**
 * Forms here are small: a body over the limit is refused before it is read. A body without a
 * Content-Length (chunked) is refused too: browsers always send one for forms, fetch and beacons,
 * and a chunked stream could otherwise be read without end.
 */
export function limitBodySize(
  maxBytes: number,
  options: { tooLarge?: PlainPageKind; onRefused?: (req: Request, declared: number) => void } = {},
): RequestHandler {
  return (req, res, next) => {
    const declared = req.get("content-length");
    if (declared === undefined && req.get("transfer-encoding") !== undefined) {
      return sendPlainPage(req, res, 411, "badRequest");
    }
    if (Number(declared ?? 0) > maxBytes) {
      options.onRefused?.(req, Number(declared));
      return sendPlainPage(req, res, 413, options.tooLarge ?? "badRequest");
    }
    next();
  };
}

/**
 * An action that answers without reading the body (a redirect to sign in, a 404, a link that needs
 * no form) leaves it unread, and React Router's adapter has paused the request stream: Node then
 * never reads the rest, so the connection stalls and is reset, and the next request on it fails.
 * Once the answer is sent, what is left of the body (at most the limit above) is read and dropped.
 */
export function discardUnreadBody(req: Request, res: Response, next: NextFunction): void {
  res.on("finish", () => {
    if (req.complete) return;
    req.removeAllListeners("data");
    req.resume();
  });
  next();
}
