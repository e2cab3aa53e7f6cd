import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { AutosaveQueue, type SaveState } from "./autosave-queue";

export const AUTOSAVE_ENDPOINT = "/min-lederdialog/gem";

interface AutosaveContextValue {
  queue: AutosaveQueue | null;
  state: SaveState;
  /** Drafts from an earlier visit that the server does not have yet, by text key. */
  drafts: Record<string, string>;
}

const AutosaveContext = createContext<AutosaveContextValue>({ queue: null, state: "idle", drafts: {} });

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
  // Made after hydration, so the server's HTML and the first browser render agree.
  const [queue, setQueue] = useState<AutosaveQueue | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one queue per cycle; server bodies are read once
  useEffect(() => {
    const created = new AutosaveQueue({
      endpoint: AUTOSAVE_ENDPOINT,
      scope,
      storage: window.localStorage,
      onStateChange: setState,
    });
    setQueue(created);
    const unsaved = created.unsavedDrafts(serverBodies);
    setDrafts(unsaved);
    for (const [key, body] of Object.entries(unsaved)) created.set(key, body);
    // Text typed before the page's scripts had started has had no chance to be saved: save it now.
    for (const field of document.querySelectorAll<HTMLTextAreaElement>("textarea[data-text-key]")) {
      const key = field.dataset.textKey ?? "";
      if (!(key in unsaved) && field.value !== (serverBodies[key] ?? "")) created.set(key, field.value);
    }
    const flushNow = () => void created.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === "hidden") flushNow();
    };
    window.addEventListener("online", flushNow);
    document.addEventListener("visibilitychange", flushWhenHidden);
    return () => {
      window.removeEventListener("online", flushNow);
      document.removeEventListener("visibilitychange", flushWhenHidden);
      flushNow();
    };
  }, [scope]);

  return <AutosaveContext.Provider value={{ queue, state, drafts }}>{children}</AutosaveContext.Provider>;
}

export function useAutosave(): AutosaveContextValue {
  return useContext(AutosaveContext);
}
