import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import type { EntryContext, HandleErrorFunction, RouterContextProvider } from "react-router";
import { isRouteErrorResponse, ServerRouter } from "react-router";
import { serverI18n } from "~/i18n/server-i18n.server";
import { TranslationProvider } from "~/i18n/translation";
import { localeContext, requestInfoContext } from "~/platform/context/context.server";
import { markIfDatabaseUnavailable } from "~/platform/middleware/database-unavailable-middleware.server";
import { NonceProvider } from "~/ui/nonce";

export const streamTimeout = 5_000;

/**
 * Every error React Router catches in middleware, loaders, actions and rendering. A database that does
 * not answer is expected now and then (PostgreSQL restarting): one warning line, and the request is
 * marked so the root middleware answers 503 (database-unavailable-middleware.server.ts). Anything else is a
 * bug and is logged in full, as React Router's default does.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  // React Router wraps some errors in an ErrorResponse; the database's own error is inside.
  const inner: unknown = isRouteErrorResponse(error) ? (error as { error?: unknown }).error : undefined;
  const cause = inner ?? error;
  if (markIfDatabaseUnavailable(cause, { request, context })) return;
  if (!request.signal.aborted) console.error(cause);
};

/**
 * Renders the whole page, then answers it in one piece. No page suspends (its loaders have run before
 * it renders), so waiting for all of it costs no time to first byte. A streamed answer, by contrast,
 * was gzip-flushed once per chunk React wrote — a dozen compressions per page on the thread pool —
 * and under load that left a few requests waiting seconds behind the others (docs/performance.md).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  const { nonce } = loadContext.get(requestInfoContext);
  const i18n = serverI18n(loadContext.get(localeContext));

  return new Promise<Response>((resolve, reject) => {
    let hasShellFailed = false;
    let status = responseStatusCode;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <TranslationProvider i18n={i18n}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </TranslationProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          const chunks: Buffer[] = [];
          const body = new PassThrough();
          body.on("data", (chunk: Buffer) => chunks.push(chunk));
          body.on("end", () => {
            clearTimeout(timeout);
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status }));
          });
          pipe(body);
        },
        onShellError(error: unknown) {
          hasShellFailed = true;
          clearTimeout(timeout);
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          // React calls onShellError right after this for an error in the shell, and React Router
          // logs those (handleError above); any other is logged here, or nobody would hear of it.
          queueMicrotask(() => {
            if (!hasShellFailed) console.error(error);
          });
        },
      },
    );
    const timeout = setTimeout(abort, streamTimeout + 1_000);
  });
}
