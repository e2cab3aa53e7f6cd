import { data, type MiddlewareFunction, type RouterContextProvider } from "react-router";
import { databaseUnavailableContext, servicesContext } from "~/platform/context/context.server";
import { isDatabaseUnavailable } from "~/platform/db/database-unavailable.server";

/**
 * The database not answering (PostgreSQL restarting) is a 503 with the translated "temporarily
 * unavailable" page, not a 500: nothing is wrong with the request, and the same request will work in
 * a moment. React Router turns a page's loader and action errors into a response before middleware
 * sees them, so handleError (entry.server.tsx) marks the request and this middleware, the outermost,
 * answers it again through the root ErrorBoundary. On resource routes the error reaches it directly.
 * The autosave endpoint gets a 503 too; the browser keeps the text and retries (autosave-queue.ts).
 */
export const databaseUnavailableMiddleware: MiddlewareFunction<Response> = async (
  { request, context },
  next,
) => {
  try {
    const response = await next();
    if (!context.get(databaseUnavailableContext)) return response;
    await response.body?.cancel();
  } catch (error) {
    if (!markIfDatabaseUnavailable(error, { request, context })) throw error;
  }
  throw data(null, { status: 503, statusText: "Service Unavailable" });
};

/** Marks the request for a 503 when the error is the database not answering, with one warning line. */
export function markIfDatabaseUnavailable(
  error: unknown,
  { request, context }: { request: Request; context: Readonly<RouterContextProvider> },
): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  context.set(databaseUnavailableContext, true);
  const reason = error instanceof Error ? error.message : String(error);
  context.get(servicesContext).log.warn({ url: request.url, reason }, "database unavailable: answered 503");
  return true;
}
