import { type ConflictMarkers, mergeTexts } from "~/features/cycles/merge-texts";

/**
 * The one autosave of every text a person edits (the cycle's texts, the dialogue's shared notes):
 * every change is first written to the browser's storage (so a reload or a crash loses nothing), then
 * sent with the version it was based on; the server merges a save that crossed another one and
 * answers with the text as saved. The draft is removed only when the server confirmed that exact
 * text (decision 007). A field is replaced by the server's text only when nothing was typed since the
 * save left; otherwise what was typed since is merged onto it (a rebase). Offline it retries; a save
 * sent again carries the same id, so the server never merges it twice. Framework-free for tests.
 */

export type SaveState = "idle" | "saving" | "saved" | "offline" | "signedOut" | "error";

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A text as the server has it. */
export interface TextVersion {
  body: string;
  version: number;
}

export interface SaveRequest {
  key: string;
  body: string;
  base: TextVersion;
  saveId: string;
}

export interface AutosaveQueueOptions {
  /** Drafts are kept per scope (a cycle, a dialogue): a draft never lands in another. */
  scope: string;
  storage: DraftStorage;
  send: (request: SaveRequest) => Promise<Response>;
  /** Lines around both versions when a rebase in the browser meets lines changed in both places. */
  markers: ConflictMarkers;
  /** The field's text is replaced: the server's merged text, or a restored draft. */
  onText: (key: string, body: string) => void;
  /** The server kept both versions of lines changed in two places: the person should choose. */
  onConflict?: (key: string) => void;
  onStateChange?: (state: SaveState) => void;
  debounceMs?: number;
  retryMs?: number;
  makeId?: () => string;
}

interface Draft {
  text: string;
  base: TextVersion;
  saveId: string;
  /**
   * A save that left without an answer (the network dropped, the tab closed): it may have landed.
   * It is sent again as it was, first, so the server can recognise it by its id; what was typed
   * since is then merged onto the answer. Sending the newer text instead would add its lines twice.
   */
  unanswered?: SaveRequest;
}

interface Field extends Draft {
  isPending: boolean;
  /** The id of the draft this page last stored: another tab's draft of the same text is not ours to remove. */
  storedSaveId?: string;
}

const PREFIX = "lederdialog:draft:";

export class AutosaveQueue {
  private readonly fields = new Map<string, Field>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private isFlushing = false;
  state: SaveState = "idle";

  constructor(private readonly options: AutosaveQueueOptions) {}

  private storageKey(key: string): string {
    return `${PREFIX}${this.options.scope}:${key}`;
  }

  private newId(): string {
    return (this.options.makeId ?? (() => crypto.randomUUID()))();
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onStateChange?.(state);
  }

  /**
   * The server's text of a field as the page was loaded. A draft left from an earlier visit that the
   * server does not have is put back (with the version it was written from, so sending it merges) and
   * sent; the text it restores is returned. A draft the server already has is removed.
   */
  track(key: string, server: TextVersion, options: { isTypedHere?: boolean } = {}): string | undefined {
    // Typed into this page before its scripts ran: that text wins over any draft in storage.
    const draft = options.isTypedHere ? undefined : this.readDraft(key, server);
    if (options.isTypedHere) {
      this.fields.set(key, { text: server.body, base: server, saveId: this.newId(), isPending: false });
      return undefined;
    }
    if (!draft || (draft.text === server.body && !draft.unanswered)) {
      this.removeDraft(key);
      this.fields.set(key, { text: server.body, base: server, saveId: this.newId(), isPending: false });
      return undefined;
    }
    this.fields.set(key, { ...draft, isPending: draft.text !== draft.base.body });
    this.options.onText(key, draft.text);
    this.schedule(0);
    return draft.text;
  }

  /** A change in a field: kept locally at once, sent after a short pause in typing. */
  set(key: string, text: string): void {
    const field = this.fields.get(key) ?? {
      text: "",
      base: { body: "", version: 0 },
      saveId: "",
      isPending: false,
    };
    if (field.text === text && this.fields.has(key)) return;
    Object.assign(field, { text, saveId: this.newId(), isPending: text !== field.base.body });
    this.fields.set(key, field);
    this.writeDraft(key, field);
    // "Alt er gemt" no longer holds once something new is typed.
    if (field.isPending && this.state === "saved") this.setState("idle");
    this.schedule(this.options.debounceMs ?? 800);
  }

  /** A newer text seen on the server (the other person saved): taken in when nothing is unsaved here. */
  observe(key: string, server: TextVersion): void {
    const field = this.fields.get(key);
    if (
      !field ||
      field.isPending ||
      field.unanswered ||
      this.isFlushing ||
      server.version <= field.base.version
    )
      return;
    Object.assign(field, { text: server.body, base: server, saveId: this.newId() });
    this.options.onText(key, server.body);
  }

  text(key: string): string | undefined {
    return this.fields.get(key)?.text;
  }

  get hasPending(): boolean {
    return [...this.fields.values()].some((field) => field.isPending || field.unanswered !== undefined);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Sends everything pending now (also called when the network comes back or the page is left). */
  async flush(): Promise<void> {
    if (this.isFlushing || !this.hasPending) return;
    clearTimeout(this.timer);
    this.isFlushing = true;
    this.setState("saving");
    let hasError = false;
    try {
      for (const [key, field] of this.fields) {
        if (!field.isPending && !field.unanswered) continue;
        const sent: SaveRequest = field.unanswered ?? {
          key,
          body: field.text,
          base: field.base,
          saveId: field.saveId,
        };
        field.unanswered = sent;
        this.writeDraft(key, field);
        const response = await this.options.send(sent);
        if (response.status !== 401 && response.status < 500) field.unanswered = undefined;
        if (response.status >= 500) throw new Error(`server answered ${response.status}`);
        if (response.status === 401) {
          this.setState("signedOut");
          return;
        }
        const answer = response.ok ? readAnswer(await response.json().catch(() => null)) : undefined;
        if (!answer) {
          // A refusal will not get better by sending the same text again: the draft stays in the
          // browser, and a newer text typed meanwhile is still sent.
          if (field.saveId === sent.saveId) field.isPending = false;
          this.writeDraft(key, field, true);
          hasError = true;
          continue;
        }
        this.takeAnswer(key, field, sent, answer);
      }
      if (this.state === "saving") this.setState(hasError ? "error" : this.hasPending ? "saving" : "saved");
      if (this.hasPending && !hasError) this.schedule(0);
    } catch {
      // No answer, or the server failed (5xx): keep the text and try again shortly, with the same id.
      this.setState("offline");
      this.schedule(this.options.retryMs ?? 5_000);
    } finally {
      this.isFlushing = false;
    }
  }

  private takeAnswer(key: string, field: Field, sent: SaveRequest, answer: SaveAnswer): void {
    const saved: TextVersion = { body: answer.body, version: answer.version };
    if (field.saveId === sent.saveId && field.text === sent.body) {
      // Nothing typed since it left: the field shows what the server has now.
      Object.assign(field, { text: saved.body, base: saved, saveId: this.newId(), isPending: false });
      this.removeDraft(key, field);
      if (saved.body !== sent.body) this.options.onText(key, saved.body);
    } else {
      // Typed on while it was saving: what was typed since goes onto the saved text.
      const rebased = mergeTexts(sent.body, saved.body, field.text, this.options.markers).body;
      Object.assign(field, {
        text: rebased,
        base: saved,
        saveId: this.newId(),
        isPending: rebased !== saved.body,
      });
      if (field.isPending) this.writeDraft(key, field);
      else this.removeDraft(key, field);
      this.options.onText(key, rebased);
    }
    if (answer.status === "conflict") this.options.onConflict?.(key);
  }

  private readDraft(key: string, server: TextVersion): Draft | undefined {
    const stored = this.options.storage.getItem(this.storageKey(key));
    if (stored === null) return undefined;
    try {
      const value: unknown = JSON.parse(stored);
      if (isDraft(value)) {
        // A base newer than the server's (a restored backup) is no base: merge against what is there.
        return value.base.version <= server.version ? value : { ...value, base: server };
      }
    } catch {
      // Not JSON: a draft kept before saves named their base.
    }
    // A draft from before saves named their base: it was typed over what the server has.
    return { text: stored, base: server, saveId: this.newId() };
  }

  /** Kept until the server confirmed the text; a refused text stays too (`isRefused`), unsent. */
  private writeDraft(key: string, field: Field, isRefused = false): void {
    try {
      if (!field.isPending && !field.unanswered && !isRefused) this.removeDraft(key, field);
      else {
        const draft: Draft = {
          text: field.text,
          base: field.base,
          saveId: field.saveId,
          unanswered: field.unanswered,
        };
        field.storedSaveId = field.saveId;
        this.options.storage.setItem(this.storageKey(key), JSON.stringify(draft));
      }
    } catch {
      // Storage full or disabled: the server save is then the only copy.
    }
  }

  /**
   * With a field: only the draft this page stored (two tabs share the browser's storage, and the
   * other tab's unsaved text must stay until its own save is confirmed).
   */
  private removeDraft(key: string, field?: Field): void {
    try {
      if (field) {
        const stored = this.options.storage.getItem(this.storageKey(key));
        const storedId =
          stored === null ? undefined : (safeParse(stored) as { saveId?: unknown } | null)?.saveId;
        if (stored !== null && storedId !== field.storedSaveId && stored !== field.base.body) return;
      }
      this.options.storage.removeItem(this.storageKey(key));
    } catch {
      // Storage disabled: nothing to remove.
    }
  }
}

interface SaveAnswer {
  status: "saved" | "merged" | "conflict";
  body: string;
  version: number;
}

function readAnswer(value: unknown): SaveAnswer | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const answer = value as Record<string, unknown>;
  const status = answer.status;
  if (status !== "saved" && status !== "merged" && status !== "conflict") return undefined;
  if (typeof answer.body !== "string" || typeof answer.version !== "number") return undefined;
  return { status, body: answer.body, version: answer.version };
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  if (draft.unanswered !== undefined && !isSaveRequest(draft.unanswered)) return false;
  const base = draft.base as Record<string, unknown> | null | undefined;
  return (
    typeof draft.text === "string" &&
    typeof draft.saveId === "string" &&
    typeof base === "object" &&
    base !== null &&
    typeof base.body === "string" &&
    typeof base.version === "number"
  );
}

function isSaveRequest(value: unknown): value is SaveRequest {
  if (typeof value !== "object" || value === null) return false;
  const request = value as Record<string, unknown>;
  const base = request.base as Record<string, unknown> | null | undefined;
  return (
    typeof request.key === "string" &&
    typeof request.body === "string" &&
    typeof request.saveId === "string" &&
    typeof base === "object" &&
    base !== null &&
    typeof base.body === "string" &&
    typeof base.version === "number"
  );
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
