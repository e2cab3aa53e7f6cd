import { afterEach, vi } from "vitest";

// A console.error during a test is a bug we have not noticed yet (React warnings, unhandled
// failures): fail the test that caused it.
let errors: unknown[][] = [];
const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
});

afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length > 0) {
    throw new Error(
      `console.error was called during the test:\n${seen.map((args) => args.map(String).join(" ")).join("\n")}`,
    );
  }
});

export { spy as consoleErrorSpy };
