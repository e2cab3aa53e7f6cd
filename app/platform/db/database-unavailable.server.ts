/**
 * Whether an error means "the database is not answering right now" rather than "this request or our
 * code is wrong": PostgreSQL stopped, restarting or out of connections, or SQLite locked by another
 * writer for longer than the busy timeout. Such a request gets a 503 and can simply be tried again;
 * the pg pool opens fresh connections once the server is back (docs/decisions/016).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof AggregateError && error.errors.some(isDatabaseUnavailable)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (NETWORK_CODES.has(code) || code.startsWith("SQLITE_BUSY")) return true;
    // PostgreSQL SQLSTATE: class 08 (connection exception), 57P01–57P03 (shutting down, crashed,
    // cannot connect now) and 53300 (too many connections).
    if (/^08[0-9A-Z]{3}$|^57P0[1-3]$|^53300$/.test(code)) return true;
  }
  if (PG_CLIENT_MESSAGES.some((message) => error.message.includes(message))) return true;
  return error.cause !== undefined && isDatabaseUnavailable(error.cause);
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/** What node-postgres says, without a code, when a connection it held goes away. */
const PG_CLIENT_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
  "timeout expired",
];
