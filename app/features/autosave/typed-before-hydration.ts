// What a person typed into an autosaving text while the page's scripts were still loading.
//
// React's hydration of a <textarea> puts its server text back: react-dom sets `defaultValue` and
// then `value = textContent` whenever the two match, which they do for every non-empty text. A
// leader on a slow network who changed a saved text before the scripts ran saw her change undone,
// and the old text saved over it. So entry.client.tsx starts this watcher before anything else:
// it remembers each field's latest typed value (also what was typed before it started), the
// field renders that value on its hydrating render, and the autosave puts it back should a
// keystroke have landed between that render and React's reset. The root layout stops it once the
// first page has hydrated: after that React owns the fields and nothing here may apply to a later
// page's field of the same key.

const FIELD_SELECTOR = "textarea[data-text-key]";

let typedByKey: Map<string, string> | null = null;
let stopListening: () => void = () => {};

function remember(field: HTMLTextAreaElement): void {
  const key = field.dataset.textKey;
  if (key !== undefined) typedByKey?.set(key, field.value);
}

/** Starts remembering typed texts; a no-op when already watching or once stopped. */
export function watchTypingBeforeHydration(): void {
  if (typedByKey !== null) return;
  typedByKey = new Map();
  // Typed before this script ran: a field's value differs from the text it was loaded with.
  for (const field of document.querySelectorAll<HTMLTextAreaElement>(FIELD_SELECTOR)) {
    if (field.value !== field.defaultValue) remember(field);
  }
  const onInput = (event: Event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.matches(FIELD_SELECTOR)) {
      remember(event.target);
    }
  };
  document.addEventListener("input", onInput, true);
  stopListening = () => document.removeEventListener("input", onInput, true);
}

/** The text last typed into this key's field before the first page hydrated, if any. */
export function typedBeforeHydration(key: string): string | undefined {
  return typedByKey?.get(key);
}

/** The first page has hydrated and its autosave runs: forget everything, listen no more. */
export function stopWatchingTypingBeforeHydration(): void {
  stopListening();
  stopListening = () => {};
  typedByKey = new Map();
}
