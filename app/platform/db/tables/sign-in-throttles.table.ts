import type { Selectable } from "kysely";

export interface SignInThrottlesTable {
  /** SHA-256 of "account:<e-mail>", "device:<id>" or "address:<client address>" (sign-in-throttle.server.ts). */
  key: string;
  /** Attempts in the window that did not succeed, and those still being checked. */
  attempts: number;
  /** The window's start; the next attempt after it has passed starts a new one at 1. */
  window_started_at: string;
}

export type SignInThrottle = Selectable<SignInThrottlesTable>;
