import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import type { EntryContext, HandleErrorFunction, RouterContextProvider } from "react-router";
import { isRouteErrorResponse, ServerRouter } from "react-router";
import { localeContext, requestInfoContext } from "~/.server/context";
import { serverI18n } from "~/.server/i18n/server-i18n";
import { markIfDatabaseUnavailable } from "~/.server/middleware/database-unavailable-middleware";
import { NonceProvider } from "~/components/nonce";
import { TranslationProvider } from "~/i18n/translation";

export const streamTimeout = 5_000;

/**
 * Every error React Router catches in middleware, loaders, actions and rendering. A database that does
 * not answer is expected now and then (PostgreSQL restarting): one warning line, and the request is
 * marked so the root middleware answers 503 (database-unavailable-middleware.ts). Anything else is a
 * bug and is logged in full, as React Router's default does.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  // React Router wraps some errors in an ErrorResponse; the database's own error is inside.
  const inner: unknown = isRouteErrorResponse(error) ? (error as { error?: unknown }).error : undefined;
  const cause = inner ?? error;
  if (markIfDatabaseUnavailable(cause, { request, context })) return;
  if (!request.signal.aborted) console.error(cause);
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  const { nonce } = loadContext.get(requestInfoContext);
  const i18n = serverI18n(loadContext.get(localeContext));
  // Crawlers get the whole page at once; people get the shell as soon as it is ready.
  const userAgent = request.headers.get("user-agent");
  const readyEvent =
    (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let isShellRendered = false;
    let status = responseStatusCode;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <TranslationProvider i18n={i18n}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </TranslationProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          isShellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          // Errors before the shell is ready are handled by reject(); later ones only get logged.
          if (isShellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}
