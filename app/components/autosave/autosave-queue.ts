/**
 * Keeps what a leader types safe until the server has it: every change is first written to the
 * browser's storage (so a reload or a crash loses nothing), then sent; the draft is removed only when
 * the server confirmed exactly that text. Offline, it waits and retries when the network returns.
 * Framework-free so it can be unit-tested.
 */

export type SaveState = "idle" | "saving" | "saved" | "offline" | "signedOut" | "error";

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export interface AutosaveQueueOptions {
  endpoint: string;
  /** Drafts are kept per cycle: a draft never lands in another cycle. */
  scope: string;
  storage: DraftStorage;
  send?: (endpoint: string, body: URLSearchParams) => Promise<Response>;
  debounceMs?: number;
  retryMs?: number;
  onStateChange?: (state: SaveState) => void;
}

const PREFIX = "lederdialog:draft:";

export class AutosaveQueue {
  private readonly pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private isFlushing = false;
  state: SaveState = "idle";

  constructor(private readonly options: AutosaveQueueOptions) {}

  private storageKey(key: string): string {
    return `${PREFIX}${this.options.scope}:${key}`;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onStateChange?.(state);
  }

  /** A change in a field: kept locally at once, sent after a short pause in typing. */
  set(key: string, body: string): void {
    try {
      this.options.storage.setItem(this.storageKey(key), body);
    } catch {
      // Storage full or disabled: the server save below is then the only copy.
    }
    this.pending.set(key, body);
    this.schedule(this.options.debounceMs ?? 800);
  }

  /** Drafts left from an earlier visit that differ from what the server has: to restore into fields. */
  unsavedDrafts(serverBodies: Record<string, string>): Record<string, string> {
    const drafts: Record<string, string> = {};
    const prefix = `${PREFIX}${this.options.scope}:`;
    // Collect the keys first: removing an item while walking storage by index shifts the indexes and
    // would skip the draft after it.
    const storageKeys: string[] = [];
    for (let index = 0; index < this.options.storage.length; index++) {
      const storageKey = this.options.storage.key(index);
      if (storageKey?.startsWith(prefix)) storageKeys.push(storageKey);
    }
    for (const storageKey of storageKeys) {
      const key = storageKey.slice(prefix.length);
      const body = this.options.storage.getItem(storageKey);
      if (body === null) continue;
      if (body === (serverBodies[key] ?? "")) this.options.storage.removeItem(storageKey);
      else drafts[key] = body;
    }
    return drafts;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Sends everything pending now (also called when the network comes back or the page is left). */
  async flush(): Promise<void> {
    if (this.isFlushing || this.pending.size === 0) return;
    this.isFlushing = true;
    this.setState("saving");
    const send =
      this.options.send ?? ((url, body) => fetch(url, { method: "POST", body, credentials: "same-origin" }));
    try {
      for (const [key, body] of [...this.pending]) {
        // The cycle goes along: a tab left open from an earlier cycle must not write into the new one.
        const response = await send(
          this.options.endpoint,
          new URLSearchParams({ key, body, cycleId: this.options.scope }),
        );
        if (response.status >= 500) throw new Error(`server answered ${response.status}`);
        if (response.status === 401) {
          this.setState("signedOut");
          return;
        }
        if (!response.ok) {
          // A 4xx will not get better by retrying the same text; keep the draft and say so. A newer
          // text typed meanwhile stays pending: it may well be accepted.
          if (this.pending.get(key) === body) this.pending.delete(key);
          this.setState("error");
          continue;
        }
        // Only forget the text that was confirmed: the field may have changed while we were sending.
        if (this.pending.get(key) === body) {
          this.pending.delete(key);
          if (this.options.storage.getItem(this.storageKey(key)) === body) {
            this.options.storage.removeItem(this.storageKey(key));
          }
        }
      }
      if (this.state === "saving") this.setState(this.pending.size > 0 ? "saving" : "saved");
      if (this.pending.size > 0) this.schedule(0);
    } catch {
      // No answer, or the server failed (5xx): keep the text and try again shortly.
      this.setState("offline");
      this.schedule(this.options.retryMs ?? 5_000);
    } finally {
      this.isFlushing = false;
    }
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }
}
