/**
 * Carrying a step-1 note into a kontrakt field, the same in the browser and on the server: after a
 * blank line, and only once — a note already in the field is not added again (issue 15, item 8).
 */
export function isNoteIn(current: string, note: string): boolean {
  const text = note.trim();
  return text !== "" && current.includes(text);
}

/** The field's text with the note appended; unchanged when the note is already in it. */
export function appendNote(current: string, note: string): string {
  if (isNoteIn(current, note)) return current;
  return current.trim() === "" ? note : `${current.trimEnd()}\n\n${note}`;
}
