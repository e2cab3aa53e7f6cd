import type { Logger } from "pino";

/**
 * Work a request starts but does not wait for: it runs once the answer has gone out, so how long
 * it takes (a mail to an address that has an account) cannot be read from the answer (issue 13,
 * finding 7). A failure is for the operators' log; the person was already answered.
 */
export interface AfterAnswer {
  defer(label: string, work: () => Promise<void>): void;
}

export interface AfterAnswerQueue extends AfterAnswer {
  /** Starts what was deferred; called by the server when the response is finished. */
  run(): void;
}

export function createAfterAnswerQueue(log: Pick<Logger, "error">): AfterAnswerQueue {
  const pending: { label: string; work: () => Promise<void> }[] = [];
  let hasRun = false;
  const start = (item: { label: string; work: () => Promise<void> }) => {
    void item
      .work()
      .catch((error: unknown) => log.error({ err: error }, `${item.label} failed after the answer`));
  };
  return {
    defer(label, work) {
      if (hasRun) start({ label, work });
      else pending.push({ label, work });
    },
    run() {
      if (hasRun) return;
      hasRun = true;
      for (const item of pending.splice(0)) start(item);
    },
  };
}
