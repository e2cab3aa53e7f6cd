import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAgreement } from "~/features/agreements/agreements.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { startDialogue } from "~/features/dialogue/dialogue-agenda.server";
import { acceptInvitation, createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { findDialogueForParticipant } from "~/features/dialogue/dialogues.server";
import { findNearestLeaderForInvitation } from "~/features/dialogue/find-nearest-leader-for-invitation.server";
import { listSubordinateLeaders } from "~/features/dialogue/subordinate-leaders.server";
import { checkPeopleImport, importPeople } from "~/features/organisation/import-people.server";
import { findDueDialogueReminders } from "~/features/reminders/find-due-dialogue-reminders.server";
import { createUser, findUserById } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import type { Cycle } from "~/platform/db/tables/cycles.table";
import { nowDbTime } from "~/platform/db/time.server";
import { inboxMailer } from "../../../tests/support/factories";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 13, finding 10: a CSV import silently handed a leader's dialogue to someone else. Now the
// preview lists every change of nearest leader, the three people concerned are mailed, and the
// dialogue stays with the nearest leader who accepted it until the leader invites someone else.

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

const log = pino({ level: "silent" });
const noFollowUp = { followUpDate: null, followUpTime: null, recurrence: null, followUpHow: "" };
const FUTURE = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

describeEachDialect("reporting-line changes by an import", (getDb, dialect) => {
  const services = () => ({
    db: getDb(),
    log,
    mailer: inboxMailer(inbox),
  });
  let counter = 0;

  async function organisation() {
    const id = newId();
    const slug = `linjer-${dialect}-${++counter}`;
    await getDb()
      .insertInto("organisations")
      .values({ id, name: "Linje Kommune", slug, created_at: nowDbTime() })
      .execute();
    const person = (name: string, locale: "da" | "en" = "da") =>
      createUser(getDb(), {
        organisationId: id,
        email: `${name.toLowerCase()}-${slug}@linje.dk`,
        name,
        passwordHash: null,
        locale,
        roles: ["leader"],
        emailVerifiedAt: nowDbTime(),
      });
    const admin = await createUser(getDb(), {
      organisationId: id,
      email: `anders-${slug}@linje.dk`,
      name: "Anders",
      passwordHash: null,
      roles: ["admin"],
    });
    return { id, admin, person };
  }

  /** The leader invites this person, they accept, and one agreement is made in the dialogue. */
  async function dialogueWith(cycle: Cycle, nearest: { id: string; email: string }, startsOn = FUTURE) {
    const { token } = await createDialogueInvitation(getDb(), {
      cycle,
      email: nearest.email,
      startsOn,
      startsAt: "10:00",
      location: "Mødelokale 2",
    });
    const accepted = await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email });
    if (!accepted.ok) throw new Error("not accepted");
    await createAgreement(getDb(), {
      cycle,
      fields: { ...noFollowUp, kind: "leader", text: "Sammen" },
      dialogueId: accepted.dialogueId,
    });
    return accepted.dialogueId;
  }

  const mailsTo = (email: string) => inbox.messages.filter((mail) => mail.rcptTo.includes(email));

  it("the preview lists the change before anything is applied; after it the dialogue stays with Niels and all three are mailed", async () => {
    const org = await organisation();
    const lone = await org.person("Lone");
    const niels = await org.person("Niels", "en");
    const mette = await org.person("Mette");
    const cycle = await ensureActiveCycle(getDb(), lone);
    const dialogueId = await dialogueWith(cycle, niels);
    const csv = [
      "Navn;E-mail;Nærmeste leder;Roller",
      `Lone;${lone.email};${mette.email};leder`,
      `Niels;${niels.email};;leder`,
      `Mette;${mette.email};;leder`,
    ].join("\n");

    const check = await checkPeopleImport(getDb(), { organisationId: org.id, csv });
    expect(check.errors).toEqual([]);
    expect(check.nearestLeaderChanges).toEqual([
      {
        line: 2,
        person: { name: "Lone", email: lone.email },
        from: { name: "Niels", email: niels.email },
        to: { name: "Mette", email: mette.email },
      },
    ]);
    // Only looked at: nothing applied yet.
    expect((await findUserById(getDb(), lone.id))?.nearest_leader_id).toBe(niels.id);

    const result = await importPeople(services(), { organisationId: org.id, csv, importedBy: org.admin.id });
    expect(result).toMatchObject({ ok: true, created: 0, updated: 3, nearestLeaderChanges: 1 });
    expect((await findUserById(getDb(), lone.id))?.nearest_leader_id).toBe(mette.id);

    // Niels, who accepted, still opens the dialogue (and with it what Lone shares); Mette does not.
    expect((await findDialogueForParticipant(getDb(), { dialogueId, userId: niels.id }))?.role).toBe(
      "nearestLeader",
    );
    expect(await findDialogueForParticipant(getDb(), { dialogueId, userId: mette.id })).toBeUndefined();

    // The overview: Niels keeps the dates and the count; Mette sees Lone, but neither.
    const nielsView = await listSubordinateLeaders(getDb(), { userId: niels.id });
    expect(nielsView).toMatchObject([
      { name: "Lone", nextDialogue: { id: dialogueId }, openAgreements: 1, isDialogueElsewhere: false },
    ]);
    expect(await listSubordinateLeaders(getDb(), { userId: mette.id })).toEqual([
      {
        id: lone.id,
        name: "Lone",
        lastDialogue: null,
        nextDialogue: null,
        openAgreements: 0,
        isDialogueElsewhere: true,
      },
    ]);

    // Lone's next invitation is addressed to Niels, with Mette suggested and named, not put in his place.
    expect(await findNearestLeaderForInvitation(getDb(), lone.id)).toEqual({
      current: { name: "Niels", email: niels.email },
      suggested: { name: "Mette", email: mette.email },
    });

    const [toLone, toNiels, toMette] = await Promise.all(
      [lone, niels, mette].map(async (person) => {
        const mails = mailsTo(person.email);
        expect(mails, person.name).toHaveLength(1);
        return parseMail(mails[0]?.raw ?? "");
      }),
    );
    expect(toLone?.subject).toBe("Din nærmeste leder er ændret i Lederdialog");
    expect(toLone?.text).toContain("fra Niels til Mette");
    expect(toLone?.text).toContain("Din dialog bliver hos Niels, indtil du inviterer en anden");
    // Niels reads English.
    expect(toNiels?.subject).toBe("Lone has a new nearest leader in Lederdialog");
    expect(toNiels?.text).toContain("Lone's dialogue stays with you until Lone invites someone else");
    expect(toMette?.subject).toBe("Du er registreret som nærmeste leder for Lone");
    expect(toMette?.text).toContain("indtil Lone inviterer dig");
    // Mette is not told whom Lone holds her dialogue with beyond what the change itself says.
    expect(toMette?.text).not.toContain("Sammen");
  });

  it("an import that names a nearest leader she replaced gives them nothing of hers back", async () => {
    const org = await organisation();
    const lone = await org.person("Lone");
    const niels = await org.person("Niels");
    const mette = await org.person("Mette");
    const cycle = await ensureActiveCycle(getDb(), lone);
    // Mette held a dialogue with Lone first; then Lone invited Niels, who accepted.
    const mettes = await dialogueWith(cycle, mette, "2026-01-05");
    const found = await findDialogueForParticipant(getDb(), { dialogueId: mettes, userId: lone.id });
    if (!found) throw new Error("no dialogue");
    await startDialogue(getDb(), { dialogue: found.dialogue, points: ["Prioritering"] });
    const nielsDialogue = await dialogueWith(cycle, niels);
    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: mettes, userId: mette.id }),
    ).toBeUndefined();

    const csv = ["Navn;E-mail;Nærmeste leder", `Lone;${lone.email};${mette.email}`].join("\n");
    expect(
      await importPeople(services(), { organisationId: org.id, csv, importedBy: org.admin.id }),
    ).toMatchObject({ ok: true, nearestLeaderChanges: 1 });

    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: mettes, userId: mette.id }),
    ).toBeUndefined();
    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: nielsDialogue, userId: mette.id }),
    ).toBeUndefined();
    expect(await listSubordinateLeaders(getDb(), { userId: mette.id })).toEqual([
      {
        id: lone.id,
        name: "Lone",
        lastDialogue: null,
        nextDialogue: null,
        openAgreements: 0,
        isDialogueElsewhere: true,
      },
    ]);
    expect(
      (await findDialogueForParticipant(getDb(), { dialogueId: nielsDialogue, userId: niels.id }))?.role,
    ).toBe("nearestLeader");
  });

  it("reminders of the dialogue go to the nearest leader who accepted it, not to the imported one", async () => {
    const org = await organisation();
    const lone = await org.person("Lone");
    const niels = await org.person("Niels");
    const mette = await org.person("Mette");
    const cycle = await ensureActiveCycle(getDb(), lone);
    // A dialogue on 11 June 2030 at 10:00, Danish summer time; its reminder is due from the day before.
    await dialogueWith(cycle, niels, "2030-06-11");
    await getDb()
      .updateTable("dialogues")
      .set({ created_at: "2030-01-01T00:00:00.000Z" })
      .where("cycle_id", "=", cycle.id)
      .execute();
    const csv = ["Navn;E-mail;Nærmeste leder", `Lone;${lone.email};${mette.email}`].join("\n");
    await importPeople(services(), { organisationId: org.id, csv, importedBy: org.admin.id });
    const due = await findDueDialogueReminders(getDb(), new Date("2030-06-11T07:00:00.000Z"));
    const recipients = due
      .filter((reminder) => reminder.dialogue.leaderName === "Lone")
      .map((reminder) => reminder.recipient.email)
      .sort();
    expect(recipients).toEqual([lone.email, niels.email].sort());
  });

  it("nobody is mailed for a person whose nearest leader stays the same, nor for new people", async () => {
    const org = await organisation();
    const lone = await org.person("Lone");
    const niels = await org.person("Niels");
    const cycle = await ensureActiveCycle(getDb(), lone);
    await dialogueWith(cycle, niels);
    const before = inbox.messages.length;
    const csv = [
      "Navn;E-mail;Nærmeste leder",
      `Lone;${lone.email};${niels.email}`,
      `Ny;ny-${dialect}-${counter}@linje.dk;${niels.email}`,
    ].join("\n");
    const check = await checkPeopleImport(getDb(), { organisationId: org.id, csv });
    expect(check.nearestLeaderChanges).toEqual([]);
    expect(
      await importPeople(services(), { organisationId: org.id, csv, importedBy: org.admin.id }),
    ).toMatchObject({ ok: true, created: 1, nearestLeaderChanges: 0 });
    expect(inbox.messages.length).toBe(before);
  });
});
