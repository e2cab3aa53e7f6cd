import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAgreement, listAgreements } from "~/features/agreements/agreements.server";
import { findCycleTexts, saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle, startNewCycle } from "~/features/cycles/cycles.server";
import { addAgendaItem, startDialogue } from "~/features/dialogue/dialogue-agenda.server";
import { acceptInvitation, createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { findDialogueNotes, saveDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { deleteAccount } from "~/features/privacy/delete-account.server";
import { deleteExpiredCycles } from "~/features/privacy/delete-expired-cycles.server";
import { createUser, findUserById } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";
import { inboxMailer } from "../../../tests/support/factories";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";
import { verifyAddress } from "../../../tests/support/verify-address";

// Issue 6, item 3: a leader deletes their account and everything they wrote; the other party of a
// dialogue is told and keeps nothing of the deleted person's text; the retention period deletes
// archived cycles.

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

const log = pino({ level: "silent" });
const noFollowUp = { followUpDate: null, followUpTime: null, recurrence: null, followUpHow: "" };

describeEachDialect("deleting an account, and the retention period", (getDb, dialect) => {
  const services = () => ({
    db: getDb(),
    log,
    config: { publicUrl: new URL("https://lederdialog.example/") } as Config,
    mailer: inboxMailer(inbox),
  });
  let counter = 0;
  let organisationId: string;

  beforeAll(async () => {
    organisationId = newId();
    await getDb()
      .insertInto("organisations")
      .values({ id: organisationId, name: "Slet Kommune", slug: `slet-${dialect}`, created_at: nowDbTime() })
      .execute();
  });

  const person = (name: string, locale: "da" | "en" = "da") =>
    createUser(getDb(), {
      organisationId,
      email: `${dialect}-${name.toLowerCase()}-${++counter}@slet.dk`,
      name,
      passwordHash: null,
      locale,
    });

  /** A leader and their nearest leader with an accepted dialogue, agenda, notes and agreements. */
  async function dialogueBetween(leaderName: string, nearestName: string) {
    const leader = await person(leaderName);
    const nearest = await verifyAddress(getDb(), await person(nearestName, "en"));
    const cycle = await ensureActiveCycle(getDb(), leader);
    await saveCycleText(getDb(), { cycle, key: "kontrakt:goals", body: `${leaderName}s private mål` });
    const { dialogue, token } = await createDialogueInvitation(getDb(), {
      cycle,
      email: nearest.email,
      startsOn: "2026-12-10",
      startsAt: "10:00",
      location: "Mødelokale 2",
    });
    expect(
      (await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email })).ok,
    ).toBe(true);
    await startDialogue(getDb(), { dialogue, points: ["Prioritering"] });
    await addAgendaItem(getDb(), { dialogue, text: `${leaderName}s punkt` });
    const base = await findDialogueNotes(getDb(), dialogue.id);
    await saveDialogueNotes(getDb(), {
      dialogue,
      userId: nearest.id,
      base,
      body: `${nearestName} skrev dette`,
    });
    await createAgreement(getDb(), {
      cycle,
      fields: { ...noFollowUp, kind: "leader", text: `${leaderName}s aftale` },
      dialogueId: dialogue.id,
    });
    return { leader, nearest, cycle, dialogue };
  }

  const mailsTo = (email: string) => inbox.messages.filter((mail) => mail.rcptTo.includes(email));

  it("a leader's deletion removes everything they wrote, and their nearest leader is told in their language", async () => {
    const { leader, nearest, cycle, dialogue } = await dialogueBetween("Lise", "Niels");
    const result = await deleteAccount(services(), { userId: leader.id });
    expect(result).toEqual({ toldOthers: 1 });

    expect(await findUserById(getDb(), leader.id)).toBeUndefined();
    expect(await findUserById(getDb(), nearest.id)).toBeDefined();
    const remaining = async (
      table: "cycles" | "cycle_texts" | "agreements" | "dialogues",
      column: string,
      id: string,
    ) =>
      (
        await getDb()
          .selectFrom(table)
          .select(column as never)
          .where(column as never, "=", id as never)
          .execute()
      ).length;
    expect(await remaining("cycles", "id", cycle.id)).toBe(0);
    expect(await remaining("cycle_texts", "cycle_id", cycle.id)).toBe(0);
    expect(await remaining("agreements", "cycle_id", cycle.id)).toBe(0);
    expect(await remaining("dialogues", "id", dialogue.id)).toBe(0);
    for (const table of ["dialogue_notes", "dialogue_agenda_items"] as const) {
      const rows = await getDb()
        .selectFrom(table)
        .select("dialogue_id")
        .where("dialogue_id", "=", dialogue.id)
        .execute();
      expect({ table, rows }).toEqual({ table, rows: [] });
    }
    const sessions = await getDb()
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", leader.id)
      .execute();
    expect(sessions).toEqual([]);

    const mail = await parseMail(mailsTo(nearest.email)[0]?.raw ?? "");
    expect(mail.subject).toBe("Lise has deleted their Lederdialog account");
    expect(mail.text).toContain(
      "Everything Lise shared with you, your agendas and your shared dialogue notes have been deleted",
    );
    expect(mail.text).not.toContain("private mål");
  });

  it("a nearest leader's deletion removes the shared notes; the leader keeps their own texts and is told", async () => {
    const { leader, nearest, cycle, dialogue } = await dialogueBetween("Mette", "Ole");
    await deleteAccount(services(), { userId: nearest.id });

    expect(await findDialogueNotes(getDb(), dialogue.id)).toEqual({ body: "", version: 0 });
    const after = await getDb()
      .selectFrom("dialogues")
      .select("nearest_leader_id")
      .where("id", "=", dialogue.id)
      .executeTakeFirstOrThrow();
    expect(after.nearest_leader_id).toBeNull();
    expect((await findCycleTexts(getDb(), cycle.id))["kontrakt:goals"]?.body).toBe("Mettes private mål");
    expect((await listAgreements(getDb(), cycle.id)).map((agreement) => agreement.text)).toEqual([
      "Mettes aftale",
    ]);

    const mail = await parseMail(mailsTo(leader.email)[0]?.raw ?? "");
    expect(mail.subject).toBe("Ole har slettet sin konto i Lederdialog");
    expect(mail.text).toContain("Din nærmeste leder, Ole, har slettet sin konto i Lederdialog.");
  });

  it("keeps what the organisation needs without the person: a roll-out record, the security log without the address", async () => {
    const hr = await person("Hanne");
    const unitId = newId();
    await getDb()
      .insertInto("units")
      .values({
        id: unitId,
        organisation_id: organisationId,
        parent_id: null,
        name: "Løn",
        path: `Løn ${dialect}`,
        created_at: nowDbTime(),
      })
      .execute();
    await getDb()
      .insertInto("rollouts")
      .values({
        id: newId(),
        organisation_id: organisationId,
        unit_id: unitId,
        unit_path: "Løn",
        sent_by: hr.id,
        sent_at: nowDbTime(),
        mailed_count: 3,
        skipped_count: 0,
        failed_count: 0,
      })
      .execute();
    await getDb()
      .insertInto("security_events")
      .values({
        id: newId(),
        organisation_id: organisationId,
        user_id: hr.id,
        event: "sign_in",
        email: hr.email,
        ip: "127.0.0.1",
        user_agent: null,
        created_at: nowDbTime(),
      })
      .execute();
    expect(await deleteAccount(services(), { userId: hr.id })).toEqual({ toldOthers: 0 });
    const rollout = await getDb()
      .selectFrom("rollouts")
      .select(["sent_by", "mailed_count"])
      .where("unit_id", "=", unitId)
      .executeTakeFirstOrThrow();
    expect(rollout).toEqual({ sent_by: null, mailed_count: 3 });
    const events = await getDb()
      .selectFrom("security_events")
      .select(["user_id", "email"])
      .where("email", "=", hr.email)
      .execute();
    expect(events).toEqual([]);
  });

  it("the retention period deletes archived cycles older than it, never an active one, and only where it is set", async () => {
    const leader = await person("Rita");
    await ensureActiveCycle(getDb(), leader);
    await startNewCycle(getDb(), leader);
    await startNewCycle(getDb(), leader);
    const cycles = await getDb()
      .selectFrom("cycles")
      .select(["id", "status"])
      .where("user_id", "=", leader.id)
      .orderBy("created_at")
      .execute();
    const [oldest, older] = cycles.filter((cycle) => cycle.status === "archived");
    const now = new Date("2027-06-15T12:00:00Z");
    const archivedAgo = (months: number) => {
      const date = new Date(now);
      date.setUTCMonth(date.getUTCMonth() - months);
      return toDbTime(date);
    };
    await getDb()
      .updateTable("cycles")
      .set({ archived_at: archivedAgo(7) })
      .where("id", "=", oldest?.id ?? "")
      .execute();
    await getDb()
      .updateTable("cycles")
      .set({ archived_at: archivedAgo(5) })
      .where("id", "=", older?.id ?? "")
      .execute();

    // Not set: nothing is deleted.
    expect(await deleteExpiredCycles(getDb(), { now })).toBe(0);
    await getDb()
      .updateTable("organisations")
      .set({ retention_months: 6 })
      .where("id", "=", organisationId)
      .execute();
    expect(await deleteExpiredCycles(getDb(), { now })).toBe(1);
    const left = await getDb()
      .selectFrom("cycles")
      .select(["id", "status"])
      .where("user_id", "=", leader.id)
      .execute();
    expect(left.map((cycle) => cycle.id).sort()).toEqual(
      cycles
        .filter((cycle) => cycle.id !== oldest?.id)
        .map((cycle) => cycle.id)
        .sort(),
    );
    expect(left.filter((cycle) => cycle.status === "active")).toHaveLength(1);
    await getDb()
      .updateTable("organisations")
      .set({ retention_months: null })
      .where("id", "=", organisationId)
      .execute();
  });
});
