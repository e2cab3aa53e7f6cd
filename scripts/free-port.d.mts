/** A port nothing listens on right now, from the operating system (for the test and bench servers). */
export function freePort(): Promise<number>;
