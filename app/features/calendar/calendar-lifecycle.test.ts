import ICAL from "ical.js";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { bookAndSendFollowUps } from "~/features/dialogue/book-and-send-follow-ups.server";
import { cancelDialogue } from "~/features/dialogue/cancel-dialogue.server";
import { acceptInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { findInvitedDialogue } from "~/features/dialogue/dialogues.server";
import { inviteNearestLeader } from "~/features/dialogue/invite-nearest-leader.server";
import { moveDialogue } from "~/features/dialogue/move-dialogue.server";
import { deleteAccount } from "~/features/privacy/delete-account.server";
import type { Config } from "~/platform/config/config-types.server";
import { nowDbTime } from "~/platform/db/time.server";
import { CalendarClient } from "../../../tests/support/calendar-client";
import { createVerifiedPerson, inboxMailer } from "../../../tests/support/factories";
import { mustReadWithPython, readWithPython } from "../../../tests/support/python-icalendar";
import { parseMail, readableMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 14, item 2: a meeting is moved and cancelled in everyone's calendar. Each person's mails
// are captured by a real SMTP server and replayed into a small calendar program keyed by UID, the
// way Outlook, Google and Apple apply them; every file is also read by python3-icalendar.

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});
beforeEach(() => {
  inbox.messages.length = 0;
});

/** The single-use link of the newest invitation mail. */
function lastInvitationToken(): string {
  const tokens = inbox.messages.map(
    (mail) => readableMail(mail.raw).match(/invitation\/([A-Za-z0-9_-]{43})/)?.[1],
  );
  const token = tokens.filter(Boolean).at(-1);
  if (!token) throw new Error("no invitation mail");
  return token;
}

const log = pino({ level: "silent" });
const today = new Date("2026-12-01T09:00:00Z");

describeEachDialect("the calendar lifecycle of dialogues and follow-ups", (getDb) => {
  const services = () => ({
    db: getDb(),
    log,
    config: { publicUrl: new URL("https://lederdialog.example/") } as Config,
    mailer: inboxMailer(inbox),
  });
  const person = (name: string) => createVerifiedPerson(getDb(), { name });

  /** Each person's calendar program; `deliver` hands it the mails that came since last time. */
  function calendars(...emails: string[]) {
    const clients = new Map(emails.map((email) => [email, new CalendarClient()]));
    // Only what comes after the calendar program is set up.
    let delivered = inbox.messages.length;
    const files: { to: string; ics: string }[] = [];
    const client = (email: string) => clients.get(email) as CalendarClient;
    const starts = (email: string) =>
      client(email)
        .occurrences()
        .map((o) => o.start);
    return {
      files,
      client,
      starts,
      /** Every person's calendar shows exactly these starts, in order. */
      expectEachToShow(expected: string[]) {
        for (const email of emails) expect(starts(email), email).toEqual(expected);
      },
      async deliver() {
        for (const mail of inbox.messages.slice(delivered)) {
          const parsed = await parseMail(mail.raw);
          if (!parsed.calendar) continue;
          for (const to of mail.rcptTo) {
            files.push({ to, ics: parsed.calendar });
            clients.get(to)?.receive(parsed.calendar);
          }
        }
        delivered = inbox.messages.length;
      },
    };
  }

  /** ical.js and python3-icalendar read the same scheduling fields from every file. */
  function expectBothParsersAgree(files: { ics: string }[]) {
    const ours = files.flatMap(({ ics }) => {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      return calendar.getAllSubcomponents("vevent").map((event) => ({
        method: String(calendar.getFirstPropertyValue("method")),
        uid: String(event.getFirstPropertyValue("uid")),
        sequence: Number(event.getFirstPropertyValue("sequence") ?? 0),
        start: event.getFirstPropertyValue("dtstart")?.toString(),
        recurrenceId: event.getFirstPropertyValue("recurrence-id")?.toString() ?? null,
      }));
    });
    if (!mustReadWithPython) return;
    const python = readWithPython(files.map(({ ics }) => ics));
    expect(
      python.map(({ method, uid, sequence, start, recurrenceId }) => ({
        method,
        uid,
        sequence,
        start,
        recurrenceId,
      })),
    ).toEqual(ours);
  }

  async function invite(
    leader: Awaited<ReturnType<typeof person>>,
    email: string,
    date: string,
    time: string,
  ) {
    const cycle = await ensureActiveCycle(getDb(), leader);
    const result = await inviteNearestLeader(services(), {
      user: leader,
      cycle,
      invite: { email, date, time, location: "Mødelokale 2" },
      now: today,
    });
    expect(result).toEqual({ ok: true });
    const dialogue = await findInvitedDialogue(getDb(), cycle.id);
    if (!dialogue) throw new Error("no dialogue");
    return { cycle, dialogue };
  }

  it("invite → new invitation → accept → move → cancel: one event at the newest time in each calendar, then none", async () => {
    const leader = await person("Lise");
    const nearest = await person("Niels");
    const cals = calendars(leader.email, nearest.email);

    await invite(leader, nearest.email, "2026-12-10", "10:00");
    await cals.deliver();
    cals.expectEachToShow(["2026-12-10T10:00:00"]);

    // "Send en ny invitation" with another time: the same meeting moves, it is not doubled.
    const { dialogue } = await invite(leader, nearest.email, "2026-12-11", "13:00");
    await cals.deliver();
    cals.expectEachToShow(["2026-12-11T13:00:00"]);

    const token = lastInvitationToken();
    expect(
      (await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email })).ok,
    ).toBe(true);
    const accepted = await getDb()
      .selectFrom("dialogues")
      .selectAll()
      .where("id", "=", dialogue.id)
      .executeTakeFirstOrThrow();

    expect(
      await moveDialogue(services(), {
        dialogue: accepted,
        scope: "one",
        to: { date: "2026-12-14", time: "09:30", location: "Lokale 7" },
        now: today,
      }),
    ).toMatchObject({ ok: true, toldEmail: nearest.email });
    await cals.deliver();
    for (const email of [leader.email, nearest.email]) {
      expect(cals.client(email).occurrences()).toEqual([
        { uid: `${dialogue.calendar_uid}@lederdialog`, start: "2026-12-14T09:30:00", location: "Lokale 7" },
      ]);
    }

    const moved = await getDb()
      .selectFrom("dialogues")
      .selectAll()
      .where("id", "=", dialogue.id)
      .executeTakeFirstOrThrow();
    expect(await cancelDialogue(services(), { dialogue: moved, scope: "one" })).toEqual({ ok: true });
    await cals.deliver();
    cals.expectEachToShow([]);

    // Every file: one UID, a SEQUENCE that only goes up, CANCEL last; the invitee is asked to
    // answer only in REQUESTs; both parsers read the same.
    const toNearest = cals.files.filter((file) => file.to === nearest.email);
    const read = toNearest.map(({ ics }) => new ICAL.Component(ICAL.parse(ics)));
    expect(read.map((calendar) => calendar.getFirstPropertyValue("method"))).toEqual([
      "REQUEST",
      "REQUEST",
      "REQUEST",
      "CANCEL",
    ]);
    const events = read.map((calendar) => calendar.getFirstSubcomponent("vevent") as ICAL.Component);
    expect(new Set(events.map((event) => event.getFirstPropertyValue("uid"))).size).toBe(1);
    expect(events.map((event) => Number(event.getFirstPropertyValue("sequence")))).toEqual([0, 1, 2, 3]);
    expect(events.at(-1)?.getFirstPropertyValue("status")).toBe("CANCELLED");
    const leaderFiles = cals.files.filter((file) => file.to === leader.email);
    expect(
      leaderFiles.map(({ ics }) => new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue("method")),
    ).toEqual(["PUBLISH", "PUBLISH", "PUBLISH", "CANCEL"]);
    for (const { ics } of leaderFiles) expect(ics).not.toContain("RSVP=TRUE");
    expectBothParsersAgree(cals.files);
  });

  it("a new invitation to another address cancels the meeting in the first person's calendar", async () => {
    const leader = await person("Lise");
    const first = await person("Forkert");
    const second = await person("Rigtig");
    const cals = calendars(first.email, second.email);
    await invite(leader, first.email, "2026-12-10", "10:00");
    await invite(leader, second.email, "2026-12-10", "10:00");
    await cals.deliver();
    expect(cals.client(first.email).occurrences()).toEqual([]);
    expect(
      cals
        .client(second.email)
        .occurrences()
        .map((o) => o.start),
    ).toEqual(["2026-12-10T10:00:00"]);
    expectBothParsersAgree(cals.files);
  });

  it("a follow-up series: one date moved, one cancelled, the rest moved, then all cancelled", async () => {
    const leader = await person("Lise");
    const nearest = await person("Niels");
    const { dialogue, cycle } = await invite(leader, nearest.email, "2026-12-03", "10:00");
    const token = lastInvitationToken();
    await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email });
    const cals = calendars(leader.email, nearest.email);
    const accepted = await getDb()
      .selectFrom("dialogues")
      .selectAll()
      .where("id", "=", dialogue.id)
      .executeTakeFirstOrThrow();
    const booked = await bookAndSendFollowUps(services(), {
      dialogue: accepted,
      followUp: { rhythm: "biweekly", date: "2026-12-08", time: "09:00", location: "Lokale 1" },
    });
    expect(booked.ok).toBe(true);
    await cals.deliver();
    const { starts } = cals;
    expect(starts(nearest.email)).toEqual([
      "2026-12-08T09:00:00",
      "2026-12-22T09:00:00",
      "2027-01-05T09:00:00",
      "2027-01-19T09:00:00",
      "2027-02-02T09:00:00",
      "2027-02-16T09:00:00",
    ]);
    const rows = () =>
      getDb()
        .selectFrom("dialogues")
        .selectAll()
        .where("cycle_id", "=", cycle.id)
        .where("rhythm", "is not", null)
        .orderBy("occurrence_on")
        .execute();

    const second = (await rows())[1];
    if (!second) throw new Error("no second follow-up");
    expect(
      await moveDialogue(services(), {
        dialogue: second,
        scope: "one",
        to: { date: "2026-12-23", time: "14:00", location: "Lokale 1" },
        now: today,
      }),
    ).toMatchObject({ ok: true });
    await cals.deliver();
    cals.expectEachToShow([
      "2026-12-08T09:00:00",
      "2026-12-23T14:00:00",
      "2027-01-05T09:00:00",
      "2027-01-19T09:00:00",
      "2027-02-02T09:00:00",
      "2027-02-16T09:00:00",
    ]);

    const third = (await rows())[2];
    if (!third) throw new Error("no third follow-up");
    expect(await cancelDialogue(services(), { dialogue: third, scope: "one" })).toEqual({ ok: true });
    await cals.deliver();
    cals.expectEachToShow([
      "2026-12-08T09:00:00",
      "2026-12-23T14:00:00",
      "2027-01-19T09:00:00",
      "2027-02-02T09:00:00",
      "2027-02-16T09:00:00",
    ]);

    // The whole series to Thursdays at 08:30: the cancelled date stays cancelled, at its new place.
    const first = (await rows())[0];
    if (!first) throw new Error("no first follow-up");
    expect(
      await moveDialogue(services(), {
        dialogue: first,
        scope: "series",
        to: { date: "2026-12-10", time: "08:30", location: "Lokale 3" },
        now: today,
      }),
    ).toMatchObject({ ok: true });
    await cals.deliver();
    for (const email of [leader.email, nearest.email]) {
      expect(
        cals
          .client(email)
          .occurrences()
          .filter((o) => o.location !== "Lokale 3"),
      ).toEqual([]);
      expect(starts(email)).toEqual([
        "2026-12-10T08:30:00",
        "2026-12-24T08:30:00",
        "2027-01-21T08:30:00",
        "2027-02-04T08:30:00",
        "2027-02-18T08:30:00",
      ]);
    }

    const any = (await rows())[0];
    if (!any) throw new Error("no follow-up");
    expect(await cancelDialogue(services(), { dialogue: any, scope: "series" })).toEqual({ ok: true });
    await cals.deliver();
    cals.expectEachToShow([]);
    // The dialogue they accepted first is another event, and stays.
    expect(cals.client(nearest.email).occurrences()).toEqual([]);
    expectBothParsersAgree(cals.files);
  });

  it("a date in the past is refused, and nothing is sent", async () => {
    const leader = await person("Lise");
    const nearest = await person("Niels");
    const { dialogue } = await invite(leader, nearest.email, "2026-12-10", "10:00");
    inbox.messages.length = 0;
    expect(
      await moveDialogue(services(), {
        dialogue,
        scope: "one",
        to: { date: "2026-11-30", time: "10:00", location: "Lokale" },
        now: today,
      }),
    ).toEqual({ ok: false, error: "pastDate" });
    expect(inbox.messages).toEqual([]);
  });

  // Review of issue 15: opening a meeting weeks ahead (to see its agenda) locked it: "Flyt eller
  // aflys" led nowhere and a move was refused. Held is what ends moving and cancelling.
  it("a dialogue opened ahead of its day can still be moved and cancelled; a held one cannot", async () => {
    const leader = await person("Lise");
    const nearest = await person("Niels");
    const { dialogue } = await invite(leader, nearest.email, "2026-12-10", "10:00");
    const opened = { ...dialogue, started_at: nowDbTime() };
    await getDb()
      .updateTable("dialogues")
      .set({ started_at: opened.started_at })
      .where("id", "=", dialogue.id)
      .execute();
    const moved = await moveDialogue(services(), {
      dialogue: opened,
      scope: "one",
      to: { date: "2026-12-17", time: "10:00", location: "Lokale 7" },
      now: today,
    });
    expect(moved).toMatchObject({ ok: true });
    const movedRow = await getDb()
      .selectFrom("dialogues")
      .selectAll()
      .where("id", "=", dialogue.id)
      .executeTakeFirstOrThrow();
    expect(await cancelDialogue(services(), { dialogue: movedRow, scope: "one", now: today })).toEqual({
      ok: true,
    });

    const { dialogue: other } = await invite(leader, nearest.email, "2026-12-10", "10:00");
    const held = { ...other, status: "held" as const };
    await getDb().updateTable("dialogues").set({ status: "held" }).where("id", "=", other.id).execute();
    expect(
      await moveDialogue(services(), {
        dialogue: held,
        scope: "one",
        to: { date: "2026-12-17", time: "10:00", location: "Lokale 7" },
        now: today,
      }),
    ).toEqual({ ok: false, error: "held" });
    expect(await cancelDialogue(services(), { dialogue: held, scope: "one", now: today })).toEqual({
      ok: false,
      error: "held",
    });
    // Its time has come: held without anyone marking it.
    const { dialogue: due } = await invite(leader, nearest.email, "2026-12-10", "10:00");
    expect(
      await cancelDialogue(services(), {
        dialogue: due,
        scope: "one",
        now: new Date("2026-12-10T10:30:00Z"),
      }),
    ).toEqual({ ok: false, error: "held" });
  });

  it("deleting an account cancels the meeting in the other person's calendar", async () => {
    for (const deleted of ["leader", "nearestLeader"] as const) {
      const leader = await person("Lise");
      const nearest = await person("Niels");
      const cals = calendars(leader.email, nearest.email);
      const { dialogue } = await invite(leader, nearest.email, "2026-12-10", "10:00");
      const token = lastInvitationToken();
      await acceptInvitation(getDb(), { token, userId: nearest.id, userEmail: nearest.email });
      await cals.deliver();
      const other = deleted === "leader" ? nearest : leader;
      expect(cals.client(other.email).occurrences()).toHaveLength(1);
      await deleteAccount(services(), { userId: deleted === "leader" ? leader.id : nearest.id, now: today });
      await cals.deliver();
      expect({ deleted, seen: cals.client(other.email).occurrences() }).toEqual({ deleted, seen: [] });
      expect(dialogue.calendar_uid).toBeTruthy();
      expectBothParsersAgree(cals.files);
    }
  });
});
