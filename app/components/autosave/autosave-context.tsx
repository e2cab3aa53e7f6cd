import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from "react";
import { AutosaveQueue, type SaveState } from "./autosave-queue";

export const AUTOSAVE_ENDPOINT = "/min-lederdialog/gem";

interface AutosaveContextValue {
  /** False on the server and until the page's scripts run: then the form's button is the way to save. */
  isReady: boolean;
  state: SaveState;
  /** Drafts from an earlier visit that the server does not have yet, by text key. */
  drafts: Record<string, string>;
  /** Keep and send a field's new text. Safe to call at any moment in the browser. */
  save: (key: string, body: string) => void;
}

const AutosaveContext = createContext<AutosaveContextValue>({
  isReady: false,
  state: "idle",
  drafts: {},
  save: () => {},
});

/**
 * Wraps a page of autosaving fields. Without JavaScript nothing here runs and the page's form posts
 * the fields as usual.
 */
export function AutosaveProvider({
  scope,
  serverBodies,
  children,
}: {
  scope: string;
  serverBodies: Record<string, string>;
  children: ReactNode;
}) {
  const [state, setState] = useState<SaveState>("idle");
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [isReady, setIsReady] = useState(false);
  // Made on first use in the browser, not during render: a keystroke that arrives while the page is
  // still hydrating is kept too.
  const queueRef = useRef<AutosaveQueue | null>(null);
  const getQueue = useCallback(() => {
    queueRef.current ??= new AutosaveQueue({
      endpoint: AUTOSAVE_ENDPOINT,
      scope,
      storage: window.localStorage,
      onStateChange: setState,
    });
    return queueRef.current;
  }, [scope]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per page and cycle; server bodies are read once
  useEffect(() => {
    const queue = getQueue();
    setIsReady(true);
    const unsaved = queue.unsavedDrafts(serverBodies);
    setDrafts(unsaved);
    for (const [key, body] of Object.entries(unsaved)) queue.set(key, body);
    // Text typed before the page's scripts had started has had no chance to be saved: save it now.
    for (const field of document.querySelectorAll<HTMLTextAreaElement>("textarea[data-text-key]")) {
      const key = field.dataset.textKey ?? "";
      if (!(key in unsaved) && field.value !== (serverBodies[key] ?? "")) queue.set(key, field.value);
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

  const save = useCallback((key: string, body: string) => getQueue().set(key, body), [getQueue]);
  return (
    <AutosaveContext.Provider value={{ isReady, state, drafts, save }}>{children}</AutosaveContext.Provider>
  );
}

export function useAutosave(): AutosaveContextValue {
  return useContext(AutosaveContext);
}
