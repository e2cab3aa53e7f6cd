import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from "react";
import { href } from "react-router";
import { conflictMarkers, hasConflictMarkers } from "~/features/cycles/conflict-markers";
import { useTranslation } from "~/i18n/translation";
import { AutosaveQueue, type SaveState, type TextVersion } from "./autosave-queue";
import { typedBeforeHydration } from "./typed-before-hydration";

export const AUTOSAVE_ENDPOINT = href("/min-lederdialog/gem");

interface AutosaveContextValue {
  /** False on the server and until the page's scripts run: then the form's button is the way to save. */
  isReady: boolean;
  state: SaveState;
  /** The server's version of each text as the page was loaded (what a no-JS form post is based on). */
  revisions: Record<string, number>;
  /** Keys whose text holds both versions of lines changed in two places: the person should choose. */
  conflicts: ReadonlySet<string>;
  /** Keep and send a field's new text. Safe to call at any moment in the browser. */
  save: (key: string, body: string) => void;
  /** A newer text seen on the server (e.g. the other person's notes): taken in if nothing is unsaved. */
  observe: (key: string, server: TextVersion) => void;
  /** Send what is pending now (the form's own button with JavaScript). */
  flush: () => void;
}

const AutosaveContext = createContext<AutosaveContextValue>({
  isReady: false,
  state: "idle",
  revisions: {},
  conflicts: new Set(),
  save: () => {},
  observe: () => {},
  flush: () => {},
});

/**
 * Wraps a page's autosaving texts (the one autosave: see AutosaveQueue). Each field is a textarea with
 * `data-text-key`; the queue writes the server's merged text into it. Without JavaScript nothing here
 * runs and the page's form posts the fields, with the versions they were based on.
 */
export function AutosaveProvider({
  scope,
  serverBodies,
  serverRevisions = {},
  dialogueId,
  debounceMs,
  children,
}: {
  scope: string;
  serverBodies: Record<string, string>;
  serverRevisions?: Record<string, number>;
  /** The texts are this dialogue's shared notes (saved by dialogue, not by the cycle). */
  dialogueId?: string;
  debounceMs?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>("idle");
  const [conflicts, setConflicts] = useState<ReadonlySet<string>>(new Set());
  const [isReady, setIsReady] = useState(false);
  const markersRef = useRef(conflictMarkers(t));
  markersRef.current = conflictMarkers(t);

  const markConflict = useCallback((key: string, text: string) => {
    const isConflict = hasConflictMarkers(text, markersRef.current);
    setConflicts((keys) => {
      if (keys.has(key) === isConflict) return keys;
      const next = new Set(keys);
      if (isConflict) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  // Made on first use in the browser, not during render: a keystroke that arrives while the page is
  // still hydrating is kept too.
  const queueRef = useRef<AutosaveQueue | null>(null);
  const getQueue = useCallback(() => {
    queueRef.current ??= new AutosaveQueue({
      scope,
      storage: window.localStorage,
      markers: markersRef.current,
      debounceMs,
      onStateChange: setState,
      onText: (key, body) => {
        const field = findField(key);
        if (field) replaceValue(field, body);
        markConflict(key, body);
      },
      onConflict: (key) => markConflict(key, queueRef.current?.text(key) ?? ""),
      send: (request) => {
        const target: Record<string, string> = dialogueId
          ? { dialogueId }
          : // The cycle goes along: a tab left open from an earlier cycle must not write into the new one.
            { key: request.key, cycleId: scope };
        const body = new URLSearchParams({
          ...target,
          body: request.body,
          baseRevision: String(request.base.version),
          baseBody: request.base.body,
          saveId: request.saveId,
        });
        return fetch(AUTOSAVE_ENDPOINT, { method: "POST", body, credentials: "same-origin" });
      },
    });
    return queueRef.current;
  }, [scope, dialogueId, debounceMs, markConflict]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per page and scope; server texts are read once
  useEffect(() => {
    const queue = getQueue();
    setIsReady(true);
    const fields = [...document.querySelectorAll<HTMLTextAreaElement>("textarea[data-text-key]")];
    // A keystroke between a field's hydrating render and React's reset of its value would be undone:
    // the watcher saw every keystroke, so its text is what the person typed.
    for (const field of fields) {
      const typed = typedBeforeHydration(field.dataset.textKey ?? "");
      if (typed !== undefined && field.value !== typed) field.value = typed;
    }
    // Every text on the page, also those never saved (a draft of one must come back too).
    const keys = new Set([
      ...Object.keys(serverBodies),
      ...fields.map((field) => field.dataset.textKey ?? ""),
    ]);
    // Text typed before the page's scripts had started has had no chance to be saved: it is saved
    // now, and wins over a draft in storage (which may be another tab's).
    const typedHere = new Map(
      fields
        .filter((field) => field.value !== (serverBodies[field.dataset.textKey ?? ""] ?? ""))
        .map((field) => [field.dataset.textKey ?? "", field.value]),
    );
    for (const key of keys) {
      const body = serverBodies[key] ?? "";
      queue.track(key, { body, version: serverRevisions[key] ?? 0 }, { isTypedHere: typedHere.has(key) });
      const typed = typedHere.get(key);
      if (typed !== undefined) queue.set(key, typed);
      markConflict(key, queue.text(key) ?? body);
    }
    const flushNow = () => void queue.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === "hidden") flushNow();
    };
    window.addEventListener("online", flushNow);
    document.addEventListener("visibilitychange", flushWhenHidden);
    return () => {
      window.removeEventListener("online", flushNow);
      document.removeEventListener("visibilitychange", flushWhenHidden);
      flushNow();
      queueRef.current = null;
    };
  }, [getQueue]);

  const save = useCallback(
    (key: string, body: string) => {
      getQueue().set(key, body);
      markConflict(key, body);
    },
    [getQueue, markConflict],
  );
  const observe = useCallback(
    (key: string, server: TextVersion) => getQueue().observe(key, server),
    [getQueue],
  );
  const flush = useCallback(() => void getQueue().flush(), [getQueue]);
  return (
    <AutosaveContext.Provider
      value={{ isReady, state, revisions: serverRevisions, conflicts, save, observe, flush }}
    >
      {children}
    </AutosaveContext.Provider>
  );
}

export function useAutosave(): AutosaveContextValue {
  return useContext(AutosaveContext);
}

function findField(key: string): HTMLTextAreaElement | null {
  return document.querySelector<HTMLTextAreaElement>(`textarea[data-text-key="${CSS.escape(key)}"]`);
}

/**
 * Puts the server's text into a field without moving the person's cursor: text before the cursor
 * that did not change keeps it in place; otherwise it moves by what was added or removed before it.
 */
function replaceValue(field: HTMLTextAreaElement, next: string): void {
  const previous = field.value;
  if (previous === next) return;
  const isFocused = document.activeElement === field;
  const { selectionStart, selectionEnd } = field;
  let common = 0;
  while (common < previous.length && common < next.length && previous[common] === next[common]) common++;
  const shift = next.length - previous.length;
  const moved = (position: number) => (position <= common ? position : Math.max(common, position + shift));
  field.value = next;
  if (isFocused) field.setSelectionRange(moved(selectionStart), moved(selectionEnd));
}
