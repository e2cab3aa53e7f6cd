import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createAgreement, listAgreements } from "~/features/agreements/agreements.server";
import { findCycleTexts, saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { addAgendaItem, listAgenda, startDialogue } from "~/features/dialogue/dialogue-agenda.server";
import { createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { findDialogueNotes, saveDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { createUser } from "~/platform/auth/users.server";
import { createTextCipher, TextDecryptionError } from "~/platform/crypto/text-cipher.server";
import { createDatabase } from "~/platform/db/create-database.server";
import type { DB } from "~/platform/db/database.server";
import { migrateToLatest } from "~/platform/db/migrate.server";
import { sealAllTexts } from "~/platform/db/seal-all-texts.server";
import { runLauncher } from "../support/app-process";
import { createTestDatabase, postgresTestUrl, type TestDatabase } from "../support/test-database";

// Issue 6, item 1: a copy of the database alone reveals no text. Sentences are typed into every
// sealed column, read back through the app's functions, and looked for in the raw SQLite file (with
// its write-ahead log) and in a pg_dump: they must be nowhere.

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** One sentence per sealed column, unique to the run, so a hit cannot come from anywhere else. */
function sentences() {
  const tag = randomBytes(4).toString("hex");
  return {
    note: `Jeg ligger søvnløs over omstruktureringen ${tag}`,
    agreement: `Jeg aflyser ingen møder med min leder ${tag}`,
    followUpHow: `Vi taler om det på gåturen ${tag}`,
    dialogueNotes: `Niels lovede at tage presset af budgettet ${tag}`,
    agenda: `Min arbejdsbyrde efter sammenlægningen ${tag}`,
  };
}

async function writeEverything(db: DB, typed: ReturnType<typeof sentences>) {
  const organisation = await ensureDefaultOrganisation(db);
  const person = (name: string) =>
    createUser(db, {
      organisationId: organisation.id,
      email: `${name}-${randomBytes(4).toString("hex")}@kommune.dk`,
      name,
      passwordHash: null,
    });
  const leader = await person("lise");
  const nearest = await person("niels");
  const cycle = await ensureActiveCycle(db, leader);
  await saveCycleText(db, { cycle, key: "note:goals", body: typed.note });
  await createAgreement(db, {
    cycle,
    fields: {
      kind: "leader",
      text: typed.agreement,
      followUpDate: null,
      followUpTime: null,
      recurrence: null,
      followUpHow: typed.followUpHow,
    },
  });
  const { dialogue } = await createDialogueInvitation(db, {
    cycle,
    email: nearest.email,
    startsOn: "2026-12-10",
    startsAt: "10:00",
    location: "Mødelokale 2",
  });
  await startDialogue(db, { dialogue, points: [] });
  await addAgendaItem(db, { dialogue, text: typed.agenda });
  const notes = await findDialogueNotes(db, dialogue.id);
  await saveDialogueNotes(db, { dialogue, userId: leader.id, base: notes, body: typed.dialogueNotes });
  return { cycle, dialogue };
}

/** What the app shows: every sentence, through the ordinary read functions. */
async function readEverything(db: DB, written: Awaited<ReturnType<typeof writeEverything>>) {
  const [texts, agreements, agenda, notes] = await Promise.all([
    findCycleTexts(db, written.cycle.id),
    listAgreements(db, written.cycle.id),
    listAgenda(db, written.dialogue.id),
    findDialogueNotes(db, written.dialogue.id),
  ]);
  return {
    note: texts["note:goals"]?.body,
    agreement: agreements[0]?.text,
    followUpHow: agreements[0]?.followUpHow,
    dialogueNotes: notes.body,
    agenda: agenda.find((item) => item.text.startsWith("Min arbejdsbyrde"))?.text,
  };
}

function expectNoneIn(haystack: Buffer, typed: Record<string, string>) {
  for (const [column, sentence] of Object.entries(typed)) {
    // Also a distinctive piece of it: a half sentence must not be there either.
    for (const needle of [sentence, sentence.split(" ").slice(1, 4).join(" ")]) {
      expect({ column, found: haystack.includes(Buffer.from(needle, "utf8")) }).toEqual({
        column,
        found: false,
      });
    }
  }
}

describe("encryption at rest", () => {
  it("SQLite: the database file and its write-ahead log hold no typed sentence, while the app reads them all", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-at-rest-"));
    tempDirs.push(dir);
    const file = path.join(dir, "lederdialog.sqlite");
    const db = createDatabase(
      { kind: "sqlite", file },
      createTextCipher({ current: randomBytes(32), old: [] }),
    );
    await migrateToLatest(db);
    const typed = sentences();
    const written = await writeEverything(db, typed);
    expect(await readEverything(db, written)).toEqual(typed);
    // While the app runs, recent writes live in the -wal file: both are what a copy would take.
    const live = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((part) => readFileSync(part)));
    expect(live.includes(Buffer.from("ld1."))).toBe(true);
    expectNoneIn(live, typed);
    await db.destroy();
    expectNoneIn(readFileSync(file), typed);
  });

  it.skipIf(!postgresTestUrl)("PostgreSQL: a pg_dump holds no typed sentence", async () => {
    const database: TestDatabase = await createTestDatabase("postgres");
    try {
      const typed = sentences();
      const written = await writeEverything(database.db, typed);
      expect(await readEverything(database.db, written)).toEqual(typed);
      const dump = execFileSync("pg_dump", ["--data-only", database.location], {
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(dump.includes(Buffer.from("ld1."))).toBe(true);
      expectNoneIn(dump, typed);
    } finally {
      await database.destroy();
    }
  });

  it("seals texts written before encryption, and a rotated key re-seals everything the old key sealed", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-rotate-"));
    tempDirs.push(dir);
    const file = path.join(dir, "lederdialog.sqlite");
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const typed = sentences();

    const before = createDatabase({ kind: "sqlite", file }, createTextCipher({ current: oldKey, old: [] }));
    await migrateToLatest(before);
    const written = await writeEverything(before, typed);
    // A text stored in the clear, as by a version from before encryption.
    await before
      .withoutPlugins()
      .updateTable("cycle_texts")
      .set({ body: typed.note })
      .where("cycle_id", "=", written.cycle.id)
      .execute();
    await before.destroy();

    const oldCipher = createTextCipher({ current: oldKey, old: [] });
    const rotatedCipher = createTextCipher({ current: newKey, old: [oldKey] });
    const rotating = createDatabase({ kind: "sqlite", file }, rotatedCipher);
    expect(await readEverything(rotating, written)).toEqual(typed);
    expect(await sealAllTexts(rotating, rotatedCipher)).toBe(5);
    expect(await sealAllTexts(rotating, rotatedCipher)).toBe(0);
    const raw = await rotating.withoutPlugins().selectFrom("agreements").select("text").execute();
    expect(raw[0]?.text.startsWith(`ld1.${rotatedCipher.currentKeyId}.`)).toBe(true);
    await rotating.destroy();

    // The old key can now be dropped; a handle with only the old key can no longer read anything.
    const after = createDatabase({ kind: "sqlite", file }, createTextCipher({ current: newKey, old: [] }));
    expect(await readEverything(after, written)).toEqual(typed);
    await after.destroy();
    const stale = createDatabase({ kind: "sqlite", file }, oldCipher);
    await expect(readEverything(stale, written)).rejects.toThrow(TextDecryptionError);
    await stale.destroy();
  });

  it("npm run rotate-key: a new key in secrets.json, every text sealed with it, the old key forgotten", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-rotate-cli-"));
    tempDirs.push(dataDir);
    const env = { DATA_DIR: dataDir };
    expect((await runLauncher("migrate", env)).code).toBe(0);
    const secretsFile = path.join(dataDir, "secrets.json");
    const readKeys = () => JSON.parse(readFileSync(secretsFile, "utf8"));
    const firstKey = Buffer.from(readKeys().textEncryptionKey, "base64");
    const file = path.join(dataDir, "lederdialog.sqlite");
    const typed = sentences();
    const db = createDatabase({ kind: "sqlite", file }, createTextCipher({ current: firstKey, old: [] }));
    const written = await writeEverything(db, typed);
    await db.destroy();

    const rotated = await runLauncher("rotate-key", env);
    expect(rotated.stderr).toBe("");
    expect(rotated.code).toBe(0);
    const keys = readKeys();
    const newKey = Buffer.from(keys.textEncryptionKey, "base64");
    expect(newKey.equals(firstKey)).toBe(false);
    expect(keys.oldTextEncryptionKeys).toEqual([]);
    const newCipher = createTextCipher({ current: newKey, old: [] });
    expect(rotated.stdout).toContain(`5 texts are now sealed with key ${newCipher.currentKeyId}.`);

    const after = createDatabase({ kind: "sqlite", file }, newCipher);
    expect(await readEverything(after, written)).toEqual(typed);
    await after.destroy();
    expectNoneIn(readFileSync(file), typed);
  });
});
