import type { Logger } from "pino";

/**
 * Work a process runs on its own after a request has been answered and that must end cleanly when
 * the process stops (a roll-out's sender, decision 052): each piece asks `isStopping()` between its
 * steps, and `stop()` says so and waits for every piece still running, before the database closes.
 */
export interface BackgroundWork {
  /** Runs `work` now, without waiting for it; a failure is logged with the label. */
  start(label: string, work: () => Promise<void>): void;
  isStopping(): boolean;
  /** No new work; resolves when what runs has finished its current step and returned. */
  stop(): Promise<void>;
}

export function createBackgroundWork(log: Pick<Logger, "error">): BackgroundWork {
  const running = new Set<Promise<void>>();
  let isStopping = false;
  return {
    start(label, work) {
      if (isStopping) return;
      const piece = work()
        .catch((error: unknown) => log.error({ err: error }, `${label} failed in the background`))
        .finally(() => running.delete(piece));
      running.add(piece);
    },
    isStopping: () => isStopping,
    async stop() {
      isStopping = true;
      await Promise.all([...running]);
    },
  };
}
