import { Worker } from "node:worker_threads";
import type { SamlConfig } from "@node-saml/node-saml";
// The worker's code as text (Vite inlines it, in the build and in tests alike): see the file.
import workerSource from "./saml-validation-worker.server.cjs?raw";

/** Far beyond any real response (a few milliseconds); a hostile one is cut off here. */
export const SAML_VALIDATION_TIME_LIMIT_MS = 5_000;
/** Waiting validations per process; the rate limits keep a queue from forming in the first place. */
const MAX_WAITING = 32;

export type SamlValidationResult =
  | {
      ok: true;
      profile: Record<string, unknown>;
      assertionXml: string;
      responseXml: string;
      /** Which of `options.idpCert` signed it. */
      signerIndex: number;
      /** An encrypted assertion, decrypted with its signature; empty when it was not encrypted. */
      decryptedAssertionXml: string;
    }
  | { ok: false; kind: "status" | "invalid" | "timeout" | "busy"; message: string };

export type SamlWorkerOptions = Omit<SamlConfig, "cacheProvider" | "generateUniqueId">;

export interface SamlValidationTask {
  options: SamlWorkerOptions & { idpCert: string[] };
  /** Our private keys (PEM), for an encrypted assertion: tried in turn. */
  decryptionKeys: string[];
  request: { id: string; createdAt: string };
  samlResponse: string;
}

interface Waiting {
  id: number;
  task: SamlValidationTask;
  resolve: (result: SamlValidationResult) => void;
}

// One worker thread per process validates one response at a time (the work is synchronous there
// anyway); it is started at the first SAML response and kept. A validation over the time limit
// ends the thread, and the next response gets a new one.
let worker: Worker | null = null;
let current: (Waiting & { timer: NodeJS.Timeout; thread: Worker }) | null = null;
const waiting: Waiting[] = [];
let lastId = 0;

/**
 * node-saml's validation of one response, in the worker thread: a hostile response costs that
 * thread's time (at most the limit) and memory, never the event loop that answers everyone else.
 */
export function runSamlValidation(task: SamlValidationTask): Promise<SamlValidationResult> {
  if (waiting.length >= MAX_WAITING) {
    return Promise.resolve({ ok: false, kind: "busy", message: "too many validations waiting" });
  }
  return new Promise((resolve) => {
    waiting.push({ id: ++lastId, task, resolve });
    sendNext();
  });
}

function sendNext(): void {
  if (current) return;
  const next = waiting.shift();
  if (!next) return;
  const thread = worker ?? startWorker();
  const timer = setTimeout(() => {
    // The next response gets a new thread; this one is ended, whatever it is doing.
    worker = null;
    void thread.terminate();
    finish({ ok: false, kind: "timeout", message: "validation took too long" });
  }, SAML_VALIDATION_TIME_LIMIT_MS);
  current = { ...next, timer, thread };
  thread.postMessage({ id: next.id, task: next.task });
}

function finish(result: SamlValidationResult): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.resolve(result);
  current = null;
  sendNext();
}

function startWorker(): Worker {
  const thread = new Worker(workerSource, {
    eval: true,
    workerData: { resolveFrom: import.meta.url },
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 },
  });
  // An idle worker keeps no process alive (tests, shutdown).
  thread.unref();
  thread.on("message", (message: { id: number; result: SamlValidationResult }) => {
    if (current?.id === message.id) finish(message.result);
  });
  // An error ends the thread too: whatever it was validating is refused, and the next gets a new one.
  thread.on("error", (error) => {
    if (current?.thread === thread)
      finish({ ok: false, kind: "invalid", message: `worker: ${error.message}` });
  });
  thread.on("exit", () => {
    if (worker === thread) worker = null;
    if (current?.thread === thread) finish({ ok: false, kind: "invalid", message: "worker ended" });
  });
  worker = thread;
  return thread;
}
