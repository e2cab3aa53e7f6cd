/**
 * A backup or restore that cannot go ahead. The message is one line for the operator (English, like
 * ConfigError), never a stack trace, and says what to do.
 */
export class BackupError extends Error {
  override name = "BackupError";
}
