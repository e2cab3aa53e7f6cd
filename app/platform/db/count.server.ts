/** `count(*)` comes back as a string from pg and a number from SQLite: read it in this one place. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
