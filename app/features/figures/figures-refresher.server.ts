import type { AppServices } from "~/platform/context/context.server";
import { figuresForRequest } from "./figures-for-request.server";
import { computeFigures, REFRESH_MS } from "./latest-figures.server";

export interface FiguresRefresher {
  /**
   * Refreshes after each interval from now on; computes at once too unless a refresh has already
   * finished (server/app.ts runs one before it listens).
   */
  start(): void;
  /** One refresh now, or the one already running. None after stop. */
  runOnce(): Promise<void>;
  /** No more refreshes; resolves when a running one has finished (before the database is closed). */
  stop(): Promise<void>;
}

/**
 * The figures' own clock (issue 16): the first reader after a start must not wait for a whole
 * organisation's figures (about three seconds at 100,000 leaders), so each process computes them at
 * start and then every interval — the reminder interval, at most a minute — and readers get the last
 * computed ones (latest-figures.server.ts). The unfiltered page is computed too, as the one most opened.
 * Each process refreshes its own from the shared database; nothing is written. A failed refresh is
 * logged and the next one tries again; the timer does not keep the process alive.
 */
export function createFiguresRefresher(
  services: Pick<AppServices, "db" | "log" | "config">,
  options: { intervalMs?: number } = {},
): FiguresRefresher {
  const intervalMs =
    options.intervalMs ?? Math.min(services.config.reminderIntervalSeconds * 1000, REFRESH_MS);
  const { db, log } = services;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isStarted = false;
  let isStopped = false;
  let hasRefreshed = false;

  async function refresh(): Promise<void> {
    const started = Date.now();
    try {
      const organisations = await db.selectFrom("organisations").select("id").execute();
      // One organisation at a time: the computation gives way to requests between its pages.
      for (const { id } of organisations) {
        if (isStopped) return;
        await computeFigures(db, id);
        await figuresForRequest(db, { organisationId: id, url: new URL("http://localhost/tal") });
      }
      log.debug({ ms: Date.now() - started, organisations: organisations.length }, "figures computed");
    } catch (error) {
      log.error({ err: error }, "computing the figures failed; the next refresh tries again");
    }
  }

  function runOnce(): Promise<void> {
    if (isStopped) return Promise.resolve();
    running ??= refresh().finally(() => {
      running = undefined;
      hasRefreshed = true;
    });
    return running;
  }

  function scheduleNext(): void {
    if (isStopped) return;
    timer = setTimeout(() => {
      void runOnce().then(scheduleNext);
    }, intervalMs);
    timer.unref();
  }

  return {
    start() {
      if (isStarted || isStopped) return;
      isStarted = true;
      if (hasRefreshed) scheduleNext();
      else void runOnce().then(scheduleNext);
    },
    runOnce,
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
