import { type ChildProcess, spawn } from "node:child_process";
import { BackupError } from "./backup-error.server";

export type PgTool = "pg_dump" | "pg_restore" | "psql";

export interface PgToolRun {
  child: ChildProcess;
  /** Resolves when the tool exits with 0; rejects with a one-line BackupError otherwise. */
  done: Promise<void>;
}

/**
 * Runs one of PostgreSQL's client tools. Its own error message (first line) is what the operator
 * needs; the rest of its output is noise.
 */
export function startPgTool(
  tool: PgTool,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: "pipe" | "ignore"; stdout?: "pipe" | "ignore" } = {},
): PgToolRun {
  const child = spawn(tool, args, {
    env: { ...process.env, ...options.env },
    stdio: [options.stdin ?? "ignore", options.stdout ?? "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<void>((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new BackupError(
              `${tool} was not found on PATH: install PostgreSQL's client tools, the server's major version or newer (Debian: apt-get install postgresql-client).`,
            )
          : new BackupError(`${tool} could not be run: ${error.message}`),
      );
    });
    child.once("close", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new BackupError(
            `${tool} failed: ${firstErrorLine(stderr) || (code === null ? `stopped by ${signal}` : `exit code ${code}`)}`,
          ),
        );
    });
  });
  return { child, done };
}

/** The major version of an installed client tool, from `pg_dump --version` and the like. */
export async function pgToolMajorVersion(tool: PgTool): Promise<number> {
  const run = startPgTool(tool, ["--version"], { stdout: "pipe" });
  let output = "";
  run.child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await run.done;
  const major = output.match(/\(PostgreSQL\)\s+(\d+)/)?.[1];
  if (!major) throw new BackupError(`${tool} --version did not say its version: ${output.trim()}`);
  return Number(major);
}

/**
 * libpq reads the password from PGPASSWORD; on the command line every user of the machine could see
 * it in the process list.
 */
export function pgConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.href, env: password ? { PGPASSWORD: password } : {} };
}

function firstErrorLine(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /\b(error|fatal):/i.test(line)) ?? lines[0] ?? "";
}
