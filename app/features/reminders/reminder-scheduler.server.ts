import { deleteExpiredSignInThrottles } from "~/features/account/sign-in-throttle.server";
import { deleteExpiredCycles } from "~/features/privacy/delete-expired-cycles.server";
import { sendQueuedRolloutMails } from "~/features/rollout/send-queued-rollout-mails.server";
import type { AppServices } from "~/platform/context/context.server";
import { type ReminderRunResult, runReminders } from "./run-reminders.server";

export interface ReminderScheduler {
  /** Runs a reminder run every interval, the first one interval after start. */
  start(): void;
  /** One run now, or the one already running: never two at once in this process. None after stop. */
  runOnce(): Promise<ReminderRunResult | undefined>;
  /** No more runs; resolves when a running one has finished (before the database is closed). */
  stop(): Promise<void>;
}

/**
 * The reminder mails' clock inside the app (issue 4, item 6), which also deletes archived cycles past
 * their organisation's retention period (issue 6) and sign-in counters whose window has passed, and
 * mails the roll-out leaders still queued.
 * Every process runs one; the claims in reminder_deliveries make sure each mail goes out once. The
 * next run is scheduled only when the last has finished, and the timer does not keep the process
 * alive. A run that fails (database away) is logged and the next one tries again: the scheduler
 * never takes the server down.
 */
export function createReminderScheduler(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: { intervalMs?: number; clock?: () => Date } = {},
): ReminderScheduler {
  const intervalMs = options.intervalMs ?? services.config.reminderIntervalSeconds * 1000;
  const clock = options.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<ReminderRunResult | undefined> | undefined;
  let rolloutMails: Promise<void> | undefined;
  let isStopped = false;

  /**
   * Roll-out mails a stopped process left in the queue, or of a roll-out larger than its request's
   * sender has reached yet (decision 052): one sender at a time, beside the runs rather than in
   * them, so a queue of hours does not hold the reminders up; until none wait or this stops.
   */
  function startRolloutMails(): void {
    rolloutMails ??= sendQueuedRolloutMails(services, { shouldStop: () => isStopped })
      .then((sent) => {
        if (sent.sent > 0 || sent.failed > 0) services.log.info(sent, "roll-out mails sent");
      })
      .catch((error: unknown) => {
        services.log.error({ err: error }, "roll-out mails failed; the next run tries again");
      })
      .finally(() => {
        rolloutMails = undefined;
      });
  }

  async function run(): Promise<ReminderRunResult | undefined> {
    try {
      const now = clock();
      const result = await runReminders(services, { now });
      if (result.sent > 0 || result.failed > 0) services.log.info(result, "reminder run");
      // The same clock keeps the retention period: a delete that finds nothing costs one query.
      const deleted = await deleteExpiredCycles(services.db, { now });
      if (deleted > 0) services.log.info({ deleted }, "archived cycles past the retention period deleted");
      await deleteExpiredSignInThrottles(services.db, now);
      startRolloutMails();
      return result;
    } catch (error) {
      services.log.error({ err: error }, "reminder run failed; the next run tries again");
      return undefined;
    }
  }

  function runOnce(): Promise<ReminderRunResult | undefined> {
    if (isStopped) return Promise.resolve(undefined);
    running ??= run().finally(() => {
      running = undefined;
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
      if (timer === undefined && !isStopped) scheduleNext();
    },
    runOnce,
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await running;
      await rolloutMails;
    },
  };
}
