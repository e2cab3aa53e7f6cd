import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../support/app-process";

const run = promisify(execFile);

/**
 * A PostgreSQL server of our own, in a temporary folder on a free port, that a fault test may stop and
 * start as it likes. The machine's shared server (TEST_DATABASE_URL) is never touched: other test runs
 * on it would fail during the outage. initdb refuses to run as root, so as root it runs as `postgres`.
 */
export interface PrivatePostgres {
  /** A URL for a database on this server. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  isReady(): Promise<boolean>;
  destroy(): Promise<void>;
}

function postgresBinDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error("no PostgreSQL server binaries under /usr/lib/postgresql");
  return path.join("/usr/lib/postgresql", versions[0], "bin");
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-faults-pg-"));
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const asOwner = (tool: string, args: string[]) =>
    isRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args])
      : run(path.join(bin, tool), args);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const start = async () => {
    await asOwner("pg_ctl", [
      "-D",
      dataDir,
      "-o",
      serverOptions,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "start",
    ]);
  };

  await asOwner("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  await start();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(name) {
      await run(path.join(bin, "psql"), [
        "--no-psqlrc",
        "-q",
        "-d",
        url("postgres"),
        "-c",
        `create database "${name}"`,
      ]);
    },
    async stop() {
      await asOwner("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
    },
    start,
    async isReady() {
      try {
        await run(path.join(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port), "-q"]);
        return true;
      } catch {
        return false;
      }
    },
    async destroy() {
      await asOwner("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
