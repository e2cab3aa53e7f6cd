import pLimit from "p-limit";

// A people file's check holds its 10,000 parsed rows, the people found for them and their maps —
// about 10 MB for a 10,000-row file — from the moment its upload is read until its preview is
// written. Twenty administrators' checks at once held 200 MB in one process (docs/performance.md),
// so the checks and imports of a process take turns: one runs, the others wait BEFORE their upload
// is read (its bytes stay in the socket), and a flood of uploads can no longer fill the memory.
// The database serialises the writes anyway (decision 021); a turn costs the waiting ones time only.
const importTurns = pLimit(1);

/** Runs one people-file check or import when it is its turn in this process. */
export function inImportTurn<T>(work: () => Promise<T>): Promise<T> {
  return importTurns(work);
}
