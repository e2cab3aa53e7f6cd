import pino from "pino";
import { RouterContextProvider } from "react-router";
import { sessionUserContext } from "~/platform/auth/require-user.server";
import { createSessionCookie } from "~/platform/auth/session-cookie.server";
import type { Config } from "~/platform/config/config-types.server";
import {
  type AppServices,
  afterAnswerContext,
  requestInfoContext,
  servicesContext,
} from "~/platform/context/context.server";
import type { DB } from "~/platform/db/database.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import type { Mailer, MailMessage } from "~/platform/mail/mailer.server";

export const ROUTE_CALL_URL = "http://lederdialog.test";

/**
 * A route's loader or action called in this process, the way the server calls it: the services,
 * the request's facts, and the work deferred until after the answer kept apart, so a test can tell
 * what happened while the person waited from what happened afterwards.
 */
export interface RouteCall {
  context: RouterContextProvider;
  /** Mails sent while the request was answered (the request path). */
  sentDuringRequest: MailMessage[];
  /** Runs what the request deferred until after its answer, and waits for it and what it started. */
  runDeferred(): Promise<void>;
}

export function routeCall(options: {
  db: DB;
  mailer: Mailer;
  ip?: string;
  user?: { id: string; organisation_id: string; email: string; name: string; locale: string | null };
  /** The roles the session read with the user (findSessionUser): the ones the test gave the person. */
  roles?: readonly Role[];
}): RouteCall {
  const sentDuringRequest: MailMessage[] = [];
  const deferred: (() => Promise<void>)[] = [];
  const started: Promise<void>[] = [];
  let isAnswered = false;
  const mailer: Mailer = {
    async send(message) {
      if (!isAnswered) sentDuringRequest.push(message);
      await options.mailer.send(message);
    },
  };
  const secret = "a test secret that is long enough to sign";
  const services = {
    config: { publicUrl: new URL(ROUTE_CALL_URL), sessionSecret: secret } as Config,
    db: options.db,
    mailer,
    log: pino({ level: "silent" }),
    sessionCookie: createSessionCookie({
      secret,
      isSecure: false,
    }),
    // Like the server's, but the test waits for it to finish rather than stopping it.
    background: {
      start: (_label, work) => {
        started.push(work());
      },
      isStopping: () => false,
      stop: async () => {
        await Promise.all(started);
      },
    },
  } satisfies AppServices;
  const context = new RouterContextProvider();
  context.set(servicesContext, services);
  context.set(requestInfoContext, { nonce: "nonce", ip: options.ip ?? "198.51.100.7", userAgent: "vitest" });
  context.set(afterAnswerContext, { defer: (_label, work) => deferred.push(work) });
  if (options.user) {
    context.set(sessionUserContext, {
      sessionId: "test",
      expiresAt: new Date(Date.now() + 3_600_000),
      wasExtended: false,
      user: { nearest_leader_id: null, email_verified_at: null, ...options.user },
      roles: [...(options.roles ?? [])],
    } as never);
  }
  return {
    context,
    sentDuringRequest,
    async runDeferred() {
      isAnswered = true;
      for (const work of deferred.splice(0)) await work();
      // And what that work started in the background (a roll-out's sender), to its end.
      await Promise.all(started.splice(0));
    },
  };
}

/** A form post to a route, as a same-origin browser form sends it. */
export function formPost(path: string, fields: Record<string, string>): Request {
  return new Request(new URL(path, ROUTE_CALL_URL), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ROUTE_CALL_URL },
    body: new URLSearchParams(fields).toString(),
  });
}

/** What an action answered, as comparable data: a thrown or returned Response, or route data. */
export async function answerOf(run: () => Promise<unknown>): Promise<{
  status: number;
  location: string | null;
  setsCookie: boolean;
  body: unknown;
}> {
  let answer: unknown;
  try {
    answer = await run();
  } catch (thrown) {
    answer = thrown;
  }
  if (answer instanceof Response) {
    return {
      status: answer.status,
      location: answer.headers.get("location"),
      setsCookie: answer.headers.has("set-cookie"),
      body: await answer.text(),
    };
  }
  // data(...) from react-router: { type: "DataWithResponseInit", data, init }
  const withInit = answer as { type?: string; data?: unknown; init?: ResponseInit | null };
  if (withInit?.type === "DataWithResponseInit") {
    const headers = new Headers(withInit.init?.headers);
    return {
      status: withInit.init?.status ?? 200,
      location: headers.get("location"),
      setsCookie: headers.has("set-cookie"),
      body: withInit.data,
    };
  }
  return { status: 200, location: null, setsCookie: false, body: answer };
}
