import type { Server } from "node:http";
import type express from "express";
import type { AppServices } from "~/platform/context/context.server";
import { StartupError } from "./create-services";

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Listens, and on SIGTERM/SIGINT stops taking requests, lets running ones finish, runs `onShutdown`
 * (the reminder scheduler's stop), then closes the DB.
 */
export async function listen(
  app: express.Express,
  services: AppServices,
  options: { onShutdown?: () => Promise<void> } = {},
): Promise<Server> {
  const { config, log, db } = services;
  const server = await new Promise<Server>((resolve, reject) => {
    const started = app.listen(config.port, config.host, () => resolve(started));
    started.once("error", reject);
  }).catch((error: NodeJS.ErrnoException) => {
    const reason =
      error.code === "EADDRINUSE" ? "is already in use" : `cannot be used (${error.code ?? error.message})`;
    throw new StartupError(`Port ${config.port} on ${config.host} ${reason}: set PORT to a free port.`);
  });

  let isStopping = false;
  const stop = (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    log.info({ signal }, "shutting down");
    const forceExit = setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    forceExit.unref();
    const shutdownHookDone = (options.onShutdown?.() ?? Promise.resolve()).catch(() => {});
    server.close(() => {
      shutdownHookDone.finally(() => db.destroy().finally(() => process.exit(0)));
    });
    server.closeIdleConnections();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
  return server;
}
