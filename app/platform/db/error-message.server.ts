/**
 * One line for an error, for messages to an operator: its message (or name), and for an
 * AggregateError — what pg and Node's net give when every address of a host refused — its first.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
