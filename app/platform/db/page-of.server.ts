/**
 * Which page of a list to show, for `total` rows `size` a page: the requested one within the
 * pages there are (nonsense shows the first, past the end the last), and how many there are.
 */
export function pageOf(total: number, requested: number | undefined, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.trunc(requested ?? 1) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * size };
}
