import type { Browser, BrowserContext, ConsoleMessage } from "@playwright/test";

/**
 * Collects what a test's browser complains about: console errors, uncaught exceptions and
 * Content-Security-Policy violations, from every page of every context the test uses — the
 * default one and those a spec opens itself with `browser.newContext()` (for a second person).
 * A CSP violation is caught twice on purpose: Chromium logs "Refused to …" or "… violates the following Content Security Policy …" (also as a warning for
 * a report-only policy), and the page's `securitypolicyviolation` event is passed on as a console
 * error by an init script, so neither a log level nor a missing log can hide one (issue 15).
 */
export class BrowserErrors {
  readonly messages: string[] = [];
  private readonly allowed: RegExp[] = [];

  /** A spec that truly expects a console message says so, one pattern per expected message. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.messages.filter((text) => !this.allowed.some((pattern) => pattern.test(text)));
  }

  async watch(context: BrowserContext): Promise<void> {
    context.on("console", (message) => {
      if (isComplaint(message))
        this.messages.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    });
    context.on("weberror", (webError) => this.messages.push(`pageerror: ${webError.error().message}`));
    await context.addInitScript(() => {
      document.addEventListener(
        "securitypolicyviolation",
        (event) =>
          console.error(
            `securitypolicyviolation: ${event.effectiveDirective} refused ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
          ),
        true,
      );
    });
  }

  /** Until the returned function is called, every context `browser` opens is watched too. */
  watchNewContexts(browser: Browser): () => void {
    const original = browser.newContext;
    const watchAndReturn = async (...args: Parameters<Browser["newContext"]>) => {
      const context = await original.apply(browser, args);
      await this.watch(context);
      return context;
    };
    // browser.newPage() opens its context through this method too.
    browser.newContext = watchAndReturn;
    return () => {
      browser.newContext = original;
    };
  }
}

// The browser logs every 4xx answer (a 400 form reply, a 404 page) as a failed resource: those are
// answers the server means, and the specs check them. A 5xx is not exempt.
const DELIBERATE_CLIENT_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d/;

function isComplaint(message: ConsoleMessage): boolean {
  const text = message.text();
  if (/Refused to |violates the following Content Security Policy/.test(text)) return true;
  return message.type() === "error" && !DELIBERATE_CLIENT_ERROR.test(text);
}
