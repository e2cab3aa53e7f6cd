import ICAL from "ical.js";
import { expect, it } from "vitest";
import { toolContentDa } from "~/content/tool-content";
import { createAgreement } from "~/features/agreements/agreements.server";
import { renderDialogueInvitation } from "~/features/calendar/render-dialogue-invitation.server";
import { saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import {
  addAgendaItem,
  listAgenda,
  setAgendaItemStatus,
  startDialogue,
} from "~/features/dialogue/dialogue-agenda.server";
import {
  acceptInvitation,
  createDialogueInvitation,
  findUsableInvitation,
} from "~/features/dialogue/dialogue-invitations.server";
import { findDialogueNotes, saveDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { findDialogueForParticipant } from "~/features/dialogue/dialogues.server";
import { bookFollowUpDialogues } from "~/features/dialogue/follow-up-dialogues.server";
import { loadMeeting } from "~/features/dialogue/load-meeting.server";
import { listSubordinateLeaders } from "~/features/dialogue/subordinate-leaders.server";
import { exportUserData } from "~/features/privacy/export-user-data.server";
import { renderDataExportHtml } from "~/features/privacy/render-data-export-html.server";
import { setSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { listShareReads, logShareRead } from "~/features/sharing/share-reads.server";
import { serverI18n } from "~/i18n/server-i18n.server";
import { findUserById } from "~/platform/auth/users.server";
import { FOLLOW_UP_PLANS } from "~/platform/time/follow-up-plans";
import { createVerifiedPerson } from "../../../tests/support/factories";
import { describeEachDialect } from "../../../tests/support/test-database";

const noFollowUp = { followUpDate: null, followUpTime: null, recurrence: null, followUpHow: "" };

describeEachDialect("dialogues with the nearest leader", (getDb) => {
  /** A person who has verified their address, as everyone who accepts an invitation must have. */
  const person = (name: string) => createVerifiedPerson(getDb(), { name });

  async function invited(now = new Date()) {
    const leader = await person("Lise");
    const cycle = await ensureActiveCycle(getDb(), leader);
    const nearest = await person("Niels");
    const { dialogue, token } = await createDialogueInvitation(getDb(), {
      cycle,
      email: nearest.email,
      startsOn: "2026-12-10",
      startsAt: "10:00",
      location: "Mødelokale 2",
      now,
    });
    return { leader, nearest, cycle, dialogue, token };
  }

  async function accepted() {
    const setup = await invited();
    const result = await acceptInvitation(getDb(), {
      token: setup.token,
      userId: setup.nearest.id,
      userEmail: setup.nearest.email,
    });
    expect(result.ok).toBe(true);
    const found = await findDialogueForParticipant(getDb(), {
      dialogueId: setup.dialogue.id,
      userId: setup.nearest.id,
    });
    if (!found) throw new Error("not found");
    return { ...setup, dialogue: found.dialogue };
  }

  it("an accepted invitation makes the invitee this leader's nearest leader, and works only once", async () => {
    const { leader, nearest, token, dialogue } = await invited();
    expect(await findUsableInvitation(getDb(), token)).toMatchObject({
      leaderName: "Lise",
      location: "Mødelokale 2",
    });
    expect(await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email })).toEqual({
      ok: true,
      dialogueId: dialogue.id,
    });
    expect((await findUserById(getDb(), leader.id))?.nearest_leader_id).toBe(nearest.id);
    expect(await findUsableInvitation(getDb(), token)).toBeUndefined();
    const third = await person("Tredje");
    expect(await acceptInvitation(getDb(), { token, userId: third.id, userEmail: nearest.email })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("two people opening the link at the same moment: exactly one gets in", async () => {
    // Two sessions of the invited person (say, phone and laptop) at the same moment.
    const { token, nearest } = await invited();
    const results = await Promise.all([
      acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email }),
      acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("an expired link and a replaced link fail; the leader cannot accept their own", async () => {
    const { token, nearest, leader, cycle } = await invited(new Date(Date.now() - 15 * 24 * 60 * 60 * 1000));
    expect(await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email })).toEqual({
      ok: false,
      reason: "invalid",
    });

    const first = await createDialogueInvitation(getDb(), {
      cycle,
      email: nearest.email,
      startsOn: "2026-12-10",
      startsAt: "10:00",
      location: "A",
    });
    expect(
      await acceptInvitation(getDb(), { token: first.token, userId: leader.id, userEmail: leader.email }),
    ).toEqual({
      ok: false,
      reason: "ownInvitation",
    });
    await createDialogueInvitation(getDb(), {
      cycle,
      email: nearest.email,
      startsOn: "2026-12-11",
      startsAt: "10:00",
      location: "B",
    });
    expect(
      await acceptInvitation(getDb(), { token: first.token, userId: nearest.id, userEmail: nearest.email }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("only the two participants find the dialogue; anyone else gets nothing", async () => {
    const { leader, nearest, dialogue } = await accepted();
    const third = await person("Tredje");
    expect(
      (await findDialogueForParticipant(getDb(), { dialogueId: dialogue.id, userId: leader.id }))?.role,
    ).toBe("leader");
    expect(
      (await findDialogueForParticipant(getDb(), { dialogueId: dialogue.id, userId: nearest.id }))?.role,
    ).toBe("nearestLeader");
    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: dialogue.id, userId: third.id }),
    ).toBeUndefined();
  });

  it("two concurrent saves of the notes from the same version keep both texts", async () => {
    const { leader, nearest, dialogue } = await accepted();
    const base = await findDialogueNotes(getDb(), dialogue.id);
    const results = await Promise.all([
      saveDialogueNotes(getDb(), { dialogue, userId: leader.id, base, body: "Lise: mere sparring" }),
      saveDialogueNotes(getDb(), { dialogue, userId: nearest.id, base, body: "Niels: faste møder" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["merged", "saved"]);
    const notes = await findDialogueNotes(getDb(), dialogue.id);
    expect(notes.version).toBe(2);
    expect(notes.body).toContain("Lise: mere sparring");
    expect(notes.body).toContain("Niels: faste møder");
  });

  it("changes to the same line are not overwritten: both versions are kept, marked", async () => {
    const { leader, nearest, dialogue } = await accepted();
    await saveDialogueNotes(getDb(), {
      dialogue,
      userId: leader.id,
      base: { body: "", version: 0 },
      body: "Aftale: ugentligt",
    });
    const base = await findDialogueNotes(getDb(), dialogue.id);
    await saveDialogueNotes(getDb(), { dialogue, userId: leader.id, base, body: "Aftale: hver 14. dag" });
    const late = await saveDialogueNotes(getDb(), {
      dialogue,
      userId: nearest.id,
      base,
      body: "Aftale: månedligt",
    });
    expect(late.status).toBe("conflict");
    const saved = (await findDialogueNotes(getDb(), dialogue.id)).body;
    expect(saved).toContain("Aftale: hver 14. dag");
    expect(saved).toContain("Aftale: månedligt");
  });

  it("opening the dialogue puts the points on the agenda once; open items carry over to the next dialogue", async () => {
    const { dialogue } = await accepted();
    await startDialogue(getDb(), { dialogue, points: ["Prioritering", "Sparring"] });
    await startDialogue(getDb(), { dialogue, points: ["Prioritering", "Sparring"] });
    const agenda = await listAgenda(getDb(), dialogue.id);
    expect(agenda.map((item) => item.text)).toEqual(["Prioritering", "Sparring"]);
    await addAgendaItem(getDb(), { dialogue, text: "Ferieplan" });
    const first = agenda[0];
    if (!first) throw new Error("no item");
    expect(
      await setAgendaItemStatus(getDb(), { dialogueId: dialogue.id, itemId: first.id, status: "done" }),
    ).toBe(true);

    const { dialogues } = await bookFollowUpDialogues(getDb(), {
      dialogue,
      rhythm: "biweekly",
      startsOn: "2026-12-24",
      startsAt: "09:00",
      location: "Online",
    });
    const next = dialogues[0];
    if (!next) throw new Error("no follow-up");
    await startDialogue(getDb(), { dialogue: next, points: [] });
    const carried = await listAgenda(getDb(), next.id);
    expect(carried.map((item) => item.text)).toEqual(["Sparring", "Ferieplan"]);
    expect(carried.every((item) => item.carried_from_id !== null)).toBe(true);
    // An item of one dialogue cannot be changed through another.
    expect(
      await setAgendaItemStatus(getDb(), { dialogueId: next.id, itemId: first.id, status: "open" }),
    ).toBe(false);
  });

  it("books follow-ups as a series with the plan's count, rhythm and length", async () => {
    const { dialogue } = await accepted();
    const { seriesId, dialogues } = await bookFollowUpDialogues(getDb(), {
      dialogue,
      rhythm: "quarterly",
      startsOn: "2027-01-15",
      startsAt: "13:00",
      location: "Kontoret",
    });
    expect(dialogues.map((item) => item.starts_on)).toEqual([
      "2027-01-15",
      "2027-04-15",
      "2027-07-15",
      "2027-10-15",
    ]);
    expect(dialogues.every((item) => item.series_id === seriesId && item.duration_minutes === 45)).toBe(true);
    expect(FOLLOW_UP_PLANS.weeklyMeeting.minutes).toBe(5);
  });

  it("a quarterly series from 31 May has no nine-month gap: the months' last days (issue 14, finding 3)", async () => {
    const { dialogue } = await accepted();
    const { dialogues } = await bookFollowUpDialogues(getDb(), {
      dialogue,
      rhythm: "quarterly",
      startsOn: "2027-05-31",
      startsAt: "13:00",
      location: "Kontoret",
    });
    expect(dialogues.map((item) => item.starts_on)).toEqual([
      "2027-05-31",
      "2027-08-31",
      "2027-11-30",
      "2028-02-29",
    ]);
  });

  it("the meeting view shows the nearest leader agreements made in a dialogue, not the leader's private ones", async () => {
    const { leader, nearest, cycle, dialogue } = await accepted();
    await saveCycleText(getDb(), { cycle, key: "kontrakt:wellbeing", body: "Min private trivsel" });
    await createAgreement(getDb(), {
      cycle,
      fields: { ...noFollowUp, kind: "leader", text: "Privat udkast" },
    });
    await createAgreement(getDb(), { cycle, fields: { ...noFollowUp, kind: "self", text: "Med mig selv" } });
    await createAgreement(getDb(), {
      cycle,
      fields: { ...noFollowUp, kind: "leader", text: "Sparring hver måned" },
      dialogueId: dialogue.id,
    });
    const asNearest = await findDialogueForParticipant(getDb(), {
      dialogueId: dialogue.id,
      userId: nearest.id,
    });
    const asLeader = await findDialogueForParticipant(getDb(), {
      dialogueId: dialogue.id,
      userId: leader.id,
    });
    if (!asNearest || !asLeader) throw new Error("not found");
    const theirs = await loadMeeting(getDb(), asNearest, nearest.id);
    expect(theirs.agreements.map((a) => a.text)).toEqual(["Sparring hver måned"]);
    expect(JSON.stringify(theirs)).not.toContain("Min private trivsel");
    expect(JSON.stringify(theirs)).not.toContain("Privat udkast");
    expect((await loadMeeting(getDb(), asLeader, leader.id)).agreements.map((a) => a.text)).toEqual([
      "Privat udkast",
      "Sparring hver måned",
    ]);
    await setSharedParts(getDb(), { cycle, parts: ["agreementsWithLeader"] });
    expect((await loadMeeting(getDb(), asNearest, nearest.id)).agreements).toHaveLength(2);
  });

  it("the calendar invitation is a REQUEST for 45 minutes with organizer and both attendees", async () => {
    const { dialogue } = await invited();
    const ics = renderDialogueInvitation({
      dialogue,
      leader: { name: "Lise Leder", email: "lise@kommune.dk" },
      nearestLeaderEmail: "niels@kommune.dk",
      t: serverI18n("da").t,
      publicUrl: new URL("https://lederdialog.example/min-lederdialog"),
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
    expect(event.location).toBe("Mødelokale 2");
    expect(event.startDate.toString()).toBe("2026-12-10T10:00:00");
    expect(event.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Copenhagen");
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.organizer.toLowerCase()).toBe("mailto:lise@kommune.dk");
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      "mailto:lise@kommune.dk",
      "mailto:niels@kommune.dk",
    ]);
  });

  it("a leader of leaders sees each leader's last and next dialogue and open agreements, and no text", async () => {
    const { leader, nearest, cycle, dialogue } = await accepted();
    await saveCycleText(getDb(), { cycle, key: "kontrakt:wellbeing", body: "Min private trivsel" });
    await createAgreement(getDb(), {
      cycle,
      fields: { ...noFollowUp, kind: "leader", text: "Sparring hver måned" },
      dialogueId: dialogue.id,
    });
    await createAgreement(getDb(), { cycle, fields: { ...noFollowUp, kind: "self", text: "Med mig selv" } });
    await startDialogue(getDb(), { dialogue, points: [] });
    const { dialogues } = await bookFollowUpDialogues(getDb(), {
      dialogue,
      rhythm: "quarterly",
      startsOn: "2027-01-15",
      startsAt: "13:00",
      location: "Kontoret",
    });
    const [state] = await listSubordinateLeaders(getDb(), {
      userId: nearest.id,
      now: new Date("2026-12-20T12:00:00Z"),
    });
    expect(state).toEqual({
      id: leader.id,
      name: "Lise",
      lastDialogue: { id: dialogue.id, startsOn: "2026-12-10", startsAt: "10:00" },
      nextDialogue: { id: dialogues[0]?.id, startsOn: "2027-01-15", startsAt: "13:00" },
      openAgreements: 1,
      isDialogueElsewhere: false,
    });
    expect(await listSubordinateLeaders(getDb(), { userId: leader.id })).toEqual([]);
  });

  it("a forwarded link is no way in: only the invited address can accept", async () => {
    const { token, nearest } = await invited();
    const other = await person("Videresendt");
    expect(await acceptInvitation(getDb(), { token, userId: other.id, userEmail: other.email })).toEqual({
      ok: false,
      reason: "otherEmail",
    });
    expect(
      await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email.toUpperCase() }),
    ).toMatchObject({ ok: true });
  });

  it("when the leader accepts a new nearest leader, the old one loses the dialogues at once", async () => {
    const { leader, nearest, cycle, dialogue } = await accepted();
    const successor = await person("Efterfølger");
    const next = await createDialogueInvitation(getDb(), {
      cycle,
      email: successor.email,
      startsOn: "2027-02-01",
      startsAt: "10:00",
      location: "Lokale 3",
    });
    expect(
      await acceptInvitation(getDb(), {
        token: next.token,
        userId: successor.id,
        userEmail: successor.email,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: dialogue.id, userId: nearest.id }),
    ).toBeUndefined();
    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: dialogue.id, userId: leader.id }),
    ).toBeDefined();
    expect(await listSubordinateLeaders(getDb(), { userId: nearest.id })).toEqual([]);
  });

  it("logs the nearest leader's reads once per page and day, for the leader to see", async () => {
    const { nearest, cycle } = await accepted();
    const read = (page: "preparation" | "meeting", at: string) =>
      logShareRead(getDb(), {
        cycleId: cycle.id,
        organisationId: cycle.organisation_id,
        readerId: nearest.id,
        page,
        now: new Date(at),
      });
    await Promise.all([read("meeting", "2026-12-10T09:00:00Z"), read("meeting", "2026-12-10T09:00:05Z")]);
    await read("meeting", "2026-12-10T09:30:00Z");
    // The meeting view polls: a read within a minute of the last logged one writes nothing.
    await read("meeting", "2026-12-10T09:30:30Z");
    await read("preparation", "2026-12-09T08:00:00Z");
    expect(await listShareReads(getDb(), cycle.id)).toEqual([
      {
        readerName: "Niels",
        page: "meeting",
        firstReadAt: expect.stringMatching(/^2026-12-10T09:00:0/),
        lastReadAt: "2026-12-10T09:30:00.000Z",
      },
      {
        readerName: "Niels",
        page: "preparation",
        firstReadAt: "2026-12-09T08:00:00.000Z",
        lastReadAt: "2026-12-09T08:00:00.000Z",
      },
    ]);
  });

  it("a person's data export holds their own texts and shared dialogues, never the other's private text", async () => {
    const { leader, nearest, cycle, dialogue } = await accepted();
    await saveCycleText(getDb(), { cycle, key: "kontrakt:wellbeing", body: "Min private trivsel" });
    await createAgreement(getDb(), {
      cycle,
      fields: { ...noFollowUp, kind: "self", text: "Pauser hver dag" },
    });
    await saveDialogueNotes(getDb(), {
      dialogue,
      userId: nearest.id,
      base: { body: "", version: 0 },
      body: "Fælles note",
    });
    const mine = await exportUserData(getDb(), leader.id);
    expect(mine?.account.email).toBe(leader.email);
    expect(mine?.cycles[0]?.texts["kontrakt:wellbeing"]).toBe("Min private trivsel");
    expect(mine?.cycles[0]?.agreements.map((a) => a.text)).toEqual(["Pauser hver dag"]);
    expect(mine?.dialogues[0]).toMatchObject({ role: "leader", notes: "Fælles note" });
    const theirs = await exportUserData(getDb(), nearest.id);
    expect(theirs?.dialogues[0]).toMatchObject({ role: "nearestLeader", notes: "Fælles note" });
    expect(JSON.stringify(theirs)).not.toContain("Min private trivsel");
    expect(JSON.stringify(theirs)).not.toContain("Pauser hver dag");

    // Issue 14, finding 7: with whom, each text with its question, and the account's own records.
    expect(mine?.dialogues[0]?.with).toEqual({ name: nearest.name, email: nearest.email });
    expect(theirs?.dialogues[0]?.with).toEqual({ name: leader.name, email: leader.email });
    const wellbeing = toolContentDa.kontraktFields.find((field) => field.id === "wellbeing");
    expect(mine?.cycles[0]?.answers).toContainEqual({
      key: "kontrakt:wellbeing",
      part: `${toolContentDa.kontraktTitle}: ${wellbeing?.number}. ${wellbeing?.title}`,
      question: wellbeing?.question,
      text: "Min private trivsel",
    });
    expect(mine?.invitationsSent.map((row) => row.email)).toEqual([nearest.email]);
    expect(mine).toHaveProperty("remindersSwitchedOff");
    expect(mine).toHaveProperty("calendarSubscriptions");
    expect(mine).toHaveProperty("sessions");
    expect(mine).toHaveProperty("securityLog");
    // The readable version says the same, with the leader's words as text.
    await saveCycleText(getDb(), { cycle, key: "kontrakt:goals", body: "<b>fed</b> & mål" });
    const page = renderDataExportHtml(
      (await exportUserData(getDb(), leader.id)) as NonNullable<typeof mine>,
      {
        t: serverI18n("da").t,
        locale: "da",
      },
    );
    expect(page).toContain(escapeForTest(wellbeing?.question ?? ""));
    expect(page).toContain("Min private trivsel");
    expect(page).toContain(`med ${nearest.name} (${nearest.email})`);
    expect(page).toContain("&lt;b&gt;fed&lt;/b&gt; &amp; mål");
    expect(page).not.toContain("<b>fed</b>");
  });
});

function escapeForTest(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
