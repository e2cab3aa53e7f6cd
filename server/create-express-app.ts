import { readdirSync } from "node:fs";
import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { sql } from "kysely";
import { href, RouterContextProvider, type ServerBuild } from "react-router";
import { MAX_SAML_BODY_BYTES } from "~/features/sso/scan-saml-response.server";
import { createAfterAnswerQueue } from "~/platform/context/after-answer.server";
import {
  type AppServices,
  actionPatternsContext,
  afterAnswerContext,
  requestInfoContext,
  servicesContext,
} from "~/platform/context/context.server";
import { actionPatternsOf } from "~/platform/http/action-patterns.server";
import {
  assignNonce,
  discardUnreadBody,
  limitBodySize,
  refuseCrossSiteRequests,
  SAML_ACS_PATH,
  securityHeaders,
} from "./security";
import { sendPlainPage } from "./send-plain-page";

export interface ExpressAppOptions {
  services: AppServices;
  /** build/client in production; absent in development, where Vite serves the assets. */
  clientDir?: string;
  build: ServerBuild | (() => Promise<ServerBuild>);
  isDevelopment?: boolean;
}

const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A people file of the 20,000 rows the import takes is a few MB (Excel's files for a large
 * municipality): only the administrators' import takes that much (issue 14, finding 1).
 */
const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;
const IMPORT_PATH = href("/admin/import");

/** The whole HTTP pipeline: headers, static files, health, then React Router. */
export function createExpressApp(options: ExpressAppOptions): express.Express {
  const { services } = options;
  const app = express();
  app.disable("x-powered-by");
  // One reverse proxy in front: the address it appends to X-Forwarded-For, never the entries a
  // client sends itself ("true" would trust the leftmost, which the client chooses; second review of
  // issue 13), so limits per client address cannot be dodged.
  if (services.config.trustProxy) app.set("trust proxy", 1);

  app.get("/healthz", async (_req, res) => {
    try {
      await sql`select 1`.execute(services.db);
      res.set("Cache-Control", "no-store").json({ status: "ok" });
    } catch {
      res.status(503).set("Cache-Control", "no-store").json({ status: "unavailable" });
    }
  });

  app.use(compression());
  app.use(assignNonce);
  app.use(
    securityHeaders({
      isHttps: services.config.publicUrl.protocol === "https:",
      isDevelopment: options.isDevelopment ?? false,
    }),
  );

  if (options.clientDir) {
    // Vite puts a content hash in every file name under /assets, so they can be cached for a year.
    app.use(
      "/assets",
      express.static(path.join(options.clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }),
    );
    // Beside /assets the build holds a few fixed files (the favicon): they are served by name, so a
    // page request does not pay a file-system lookup first.
    const rootFiles = new Set(
      readdirSync(options.clientDir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `/${entry.name}`),
    );
    const serveRootFile = express.static(options.clientDir, { maxAge: "1h", index: false });
    app.use((req, res, next) => (rootFiles.has(req.path) ? serveRootFile(req, res, next) : next()));
  }

  app.use(refuseCrossSiteRequests(services.config.publicUrl.origin));
  // A signed assertion is a few kilobytes: the ACS, which anyone may post to, takes far less than
  // the general limit (issue 13, finding 11).
  app.post(
    SAML_ACS_PATH,
    limitBodySize(MAX_SAML_BODY_BYTES, {
      tooLarge: "samlResponseTooLarge",
      onRefused: (req, declared) =>
        services.log.warn(
          { url: req.originalUrl, ip: req.ip, declared },
          "single sign-on refused: response too large",
        ),
    }),
  );
  const limitImportBody = limitBodySize(MAX_IMPORT_BODY_BYTES);
  const limitBody = limitBodySize(MAX_BODY_BYTES);
  app.use((req, res, next) => (req.path === IMPORT_PATH ? limitImportBody : limitBody)(req, res, next));
  app.use(discardUnreadBody);

  app.all(
    "/{*path}",
    createRequestHandler({
      build: options.build,
      mode: options.isDevelopment ? "development" : "production",
      async getLoadContext(req, res) {
        const context = new RouterContextProvider();
        context.set(servicesContext, services);
        const build = typeof options.build === "function" ? await options.build() : options.build;
        context.set(actionPatternsContext, actionPatternsOf(build));
        const afterAnswer = createAfterAnswerQueue(services.log);
        context.set(afterAnswerContext, afterAnswer);
        res.once("close", afterAnswer.run);
        context.set(requestInfoContext, {
          nonce: res.locals.nonce as string,
          ip: req.ip ?? null,
          userAgent: req.get("user-agent") ?? null,
        });
        return context;
      },
    }),
  );

  // Last resort: anything that escaped React Router's own error handling. Logged, never shown.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    // Express marks the client's own faults (a malformed %-escape in the path, say) with a 4xx.
    const status = (error as { status?: unknown }).status;
    if (typeof status === "number" && status >= 400 && status < 500) {
      if (!res.headersSent) sendPlainPage(req, res, 400, "badRequest");
      return;
    }
    services.log.error({ err: error, url: req.originalUrl }, "unhandled request error");
    if (!res.headersSent) sendPlainPage(req, res, 500, "generic");
  });
  return app;
}
