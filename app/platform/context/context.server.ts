import type { Logger } from "pino";
import { type Cookie, createContext } from "react-router";
import { DEFAULT_LOCALE, type Locale } from "~/i18n/locales";
import type { Config } from "~/platform/config/config-types.server";
import type { DB } from "~/platform/db/database.server";
import type { Mailer } from "~/platform/mail/mailer.server";
import type { AfterAnswer } from "./after-answer.server";
import type { BackgroundWork } from "./background-work.server";

/**
 * What the server hands every loader and action through React Router's typed context, instead of
 * module globals: tests can build their own, and nothing hides a database connection in an import.
 */
export interface AppServices {
  config: Config;
  db: DB;
  mailer: Mailer;
  log: Logger;
  /** The session's signed cookie (`createSessionCookie` in platform/auth). */
  sessionCookie: Cookie;
  /** What the process runs after an answer and stops cleanly at shutdown (a roll-out's sender). */
  background: BackgroundWork;
}
export const servicesContext = createContext<AppServices>();

/** Facts about this request, filled in by the server (nonce, client) and the root middleware. */
export interface RequestInfo {
  /** The Content-Security-Policy nonce for this response's scripts. */
  nonce: string;
  ip: string | null;
  userAgent: string | null;
}
export const requestInfoContext = createContext<RequestInfo>();

export const localeContext = createContext<Locale>(DEFAULT_LOCALE);

/**
 * The URL patterns whose route has an action (`actionPatternsOf` the server build), set by the
 * server for every request; null where a test builds its own context.
 */
export const actionPatternsContext = createContext<ReadonlySet<string> | null>(null);

/**
 * Set by entry.server.tsx's handleError when a loader, action or middleware failed because the
 * database did not answer; the root middleware then answers 503 instead of 500.
 */
export const databaseUnavailableContext = createContext<boolean>(false);

/** Work to do once this request's answer has gone out (set by the server for every request). */
export const afterAnswerContext = createContext<AfterAnswer>();
