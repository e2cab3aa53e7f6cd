/**
 * A wrong value stops start-up with one line that names the variable or file, never a stack trace.
 * The messages are for operators, so they are English and live here rather than in the catalogs.
 */
export class ConfigError extends Error {
  override name = "ConfigError";
}
