import { BackupError } from "./backup-error.server";
import { pgConnection, startPgTool } from "./pg-tools.server";
import { readPostgresFacts } from "./postgres-facts.server";

/**
 * Every table in the schema goes first, also tables that a later migration added after the backup
 * was taken: otherwise they would survive with newer data, and the migrations after the restore
 * would fail to create them again.
 */
const BEGIN_AND_DROP_TABLES = `
begin;
do $$ declare t record; begin
  for t in select tablename from pg_tables where schemaname = 'public' loop
    execute format('drop table if exists public.%I cascade', t.tablename);
  end loop;
end $$;
`;

/**
 * Restores a pg_dump archive into DATABASE_URL as one transaction: pg_restore turns the archive into
 * SQL, psql runs it after dropping the tables, and the COMMIT is sent only when pg_restore has read
 * the whole archive. Any failure rolls back, and the database is as it was.
 */
export async function restorePostgres(options: { backupFile: string; url: string }): Promise<void> {
  const facts = await readPostgresFacts(options.url);
  if (facts.otherConnections > 0) {
    throw new BackupError(
      `${facts.otherConnections} other connection(s) to the database are open (is Lederdialog running?): stop the app, then restore. Nothing was changed.`,
    );
  }
  // A damaged or foreign archive is refused before anything is touched.
  await startPgTool("pg_restore", ["--list", options.backupFile]).done;

  const { dbname, env } = pgConnection(options.url);
  const psql = startPgTool(
    "psql",
    ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", `--dbname=${dbname}`],
    { env: { ...env, PGOPTIONS: "-c client_min_messages=warning" }, stdin: "pipe" },
  );
  const script = startPgTool(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--file=-", options.backupFile],
    {
      stdout: "pipe",
    },
  );
  const stdin = psql.child.stdin;
  const output = script.child.stdout;
  if (!stdin || !output) throw new BackupError("Could not connect pg_restore to psql.");
  // When psql stops at an error it closes its input; that failure is reported through psql.done.
  stdin.on("error", () => {});
  stdin.write(BEGIN_AND_DROP_TABLES);
  const fed = (async () => {
    const isRead = new Promise<void>((resolve) => output.once("end", resolve));
    output.pipe(stdin, { end: false });
    try {
      await Promise.all([script.done, isRead]);
      stdin.end("commit;\n");
    } catch (error) {
      stdin.end(); // no COMMIT: psql's session ends inside the transaction, which rolls back
      throw error;
    }
  })();
  const [feeding, running] = await Promise.allSettled([fed, psql.done]);
  if (running.status === "rejected") throw running.reason;
  if (feeding.status === "rejected") throw feeding.reason;
}
