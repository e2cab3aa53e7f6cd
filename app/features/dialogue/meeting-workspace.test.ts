import { expect, it } from "vitest";
import { createAgreement, listAgreements, setAgreementStatus } from "~/features/agreements/agreements.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { action as dialoguePrepareAction } from "~/features/dialogue/dialogue-prepare.route";
import { bookFollowUpDialogues } from "~/features/dialogue/follow-up-dialogues.server";
import { action as meetingAction, loader as meetingLoader } from "~/features/dialogue/meeting.route";
import { action as kontraktAction } from "~/features/kontrakt/kontrakt.route";
import { createMailer } from "~/platform/mail/mailer.server";
import { addDaysToLocalDate, localDateInDenmark } from "~/platform/time/local-date";
import { createAcceptedDialogue, createVerifiedPerson } from "../../../tests/support/factories";
import { answerOf, formPost, ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 15: the meeting workspace's agreements, when a dialogue counts as held, and dates.
describeEachDialect("the meeting workspace (issue 15)", (getDb, dialect) => {
  let counter = 0;
  const mailer = createMailer({
    publicUrl: new URL("http://localhost:3000"),
    smtpUrl: "",
    from: "test@lederdialog.test",
    outboxDir: "",
  });
  const today = localDateInDenmark();

  const person = (name: string) => createVerifiedPerson(getDb(), { name, roles: ["leader"] });

  /** A leader and her nearest leader with an accepted dialogue on `startsOn`. */
  async function meeting(startsOn = addDaysToLocalDate(today, 7)) {
    const leader = await person("Lise");
    const nearest = await person("Niels");
    const { cycle, dialogue } = await createAcceptedDialogue(getDb(), { leader, nearest, startsOn });
    return { leader, nearest, cycle, dialogue };
  }

  type Who = Awaited<ReturnType<typeof person>>;
  const load = async (user: Who, dialogueId: string, query = "") =>
    (await meetingLoader({
      request: new Request(new URL(`/dialog/${dialogueId}${query}`, ROUTE_CALL_URL)),
      params: { dialogueId },
      context: routeCall({ db: getDb(), mailer, user }).context,
    } as never)) as unknown as {
      history: { id: string; isHeld: boolean }[];
      dialogue: { isHeld: boolean };
      agreements: { text: string; owner: string | null }[];
      hiddenDroppedCount: number;
    };
  const post = (user: Who, dialogueId: string, fields: Record<string, string>) =>
    answerOf(() =>
      meetingAction({
        request: formPost(`/dialog/${dialogueId}`, fields),
        params: { dialogueId },
        context: routeCall({ db: getDb(), mailer, user }).context,
      } as never),
    );

  it("opening a future follow-up does not make it held; its time coming, or marking it, does", async () => {
    const { leader, nearest, dialogue } = await meeting(addDaysToLocalDate(today, -1));
    const { dialogues } = await bookFollowUpDialogues(getDb(), {
      dialogue,
      rhythm: "biweekly",
      startsOn: addDaysToLocalDate(today, 10),
      startsAt: "09:00",
      location: "Online",
    });
    const next = dialogues[0];
    if (!next) throw new Error("no follow-up");
    expect((await post(leader, next.id, { intent: "start" })).status).toBe(302);
    const history = (await load(leader, next.id)).history;
    // Yesterday's first dialogue was never opened, yet its time has come: held.
    expect(history.find((item) => item.id === dialogue.id)?.isHeld).toBe(true);
    expect(history.find((item) => item.id === next.id)?.isHeld).toBe(false);

    expect((await post(nearest, next.id, { intent: "markHeld" })).status).toBe(302);
    expect((await load(leader, next.id)).dialogue.isHeld).toBe(true);
  });

  it("refuses an invitation or a follow-up in the past with a message on the date", async () => {
    const leader = await person("Lone");
    await ensureActiveCycle(getDb(), leader);
    const invite = await answerOf(() =>
      dialoguePrepareAction({
        request: formPost("/min-lederdialog/dialog", {
          intent: "invite",
          email: `fortid-${dialect}-${++counter}@kommune.dk`,
          date: addDaysToLocalDate(today, -1),
          time: "10:00",
          location: "Et sted",
        }),
        context: routeCall({ db: getDb(), mailer, user: leader }).context,
        params: {},
      } as never),
    );
    expect(invite.status).toBe(400);
    expect(JSON.stringify(invite.body)).toContain("validation.dateInPast");

    const { leader: lise, dialogue } = await meeting();
    const followUp = await post(lise, dialogue.id, {
      intent: "bookFollowUps",
      rhythm: "biweekly",
      date: "2020-01-06",
      time: "09:00",
      location: "Online",
    });
    expect(followUp.status).toBe(400);
    expect(JSON.stringify(followUp.body)).toContain("validation.dateInPast");
  });

  // Review of issue 15: a new agreement took "Opfølgning 1. januar 2020" without a word, where
  // the invitation and the follow-ups refuse a past date.
  it("refuses a new agreement whose first follow-up is in the past, in the kontrakt and in the meeting", async () => {
    const { leader, dialogue, cycle } = await meeting();
    const yesterday = addDaysToLocalDate(today, -1);
    const inKontrakt = await answerOf(() =>
      kontraktAction({
        request: formPost("/min-lederdialog/kontrakt", {
          intent: "addAgreement",
          kind: "self",
          text: "Jeg holder frokostpause",
          followUpDate: yesterday,
          recurrence: "once",
        }),
        context: routeCall({ db: getDb(), mailer, user: leader }).context,
        params: {},
      } as never),
    );
    expect(inKontrakt.status).toBe(400);
    expect(JSON.stringify(inKontrakt.body)).toContain("validation.dateInPast");
    const inMeeting = await post(leader, dialogue.id, {
      intent: "addAgreement",
      text: "Vi mødes igen",
      owner: "both",
      followUpDate: yesterday,
      recurrence: "once",
    });
    expect(inMeeting.status).toBe(400);
    expect(JSON.stringify(inMeeting.body)).toContain("validation.dateInPast");
    expect(await listAgreements(getDb(), cycle.id)).toEqual([]);
    // Today is not the past.
    const todays = await post(leader, dialogue.id, {
      intent: "addAgreement",
      text: "Vi mødes igen",
      owner: "both",
      followUpDate: today,
      recurrence: "once",
    });
    expect(todays.status).toBe(302);
  });

  // Review of issue 15: a cancelled meeting's old link said "Siden findes ikke … har du ikke adgang".
  it("a cancelled dialogue's link tells its two people it is cancelled, and anyone else nothing", async () => {
    const { leader, nearest, dialogue } = await meeting();
    const stranger = await person("Sara");
    await getDb()
      .updateTable("dialogues")
      .set({ status: "cancelled" })
      .where("id", "=", dialogue.id)
      .execute();
    for (const who of [leader, nearest]) {
      const answer = await answerOf(() => load(who, dialogue.id));
      expect(answer.status).toBe(410);
      expect(answer.body).toEqual({ reason: "dialogueCancelled" });
    }
    expect((await answerOf(() => load(stranger, dialogue.id))).status).toBe(404);
  });

  // Review of issue 15: a dialogue a month ahead, marked held by one click, could no longer be moved.
  it("a dialogue is marked held once it is open or its day has come, not weeks ahead unopened", async () => {
    const { leader, nearest, dialogue } = await meeting(addDaysToLocalDate(today, 30));
    const early = await post(nearest, dialogue.id, { intent: "markHeld" });
    expect(early.status).toBe(409);
    expect((await load(leader, dialogue.id)).dialogue.isHeld).toBe(false);
    expect((await post(leader, dialogue.id, { intent: "start" })).status).toBe(302);
    expect((await post(nearest, dialogue.id, { intent: "markHeld" })).status).toBe(302);
    expect((await load(leader, dialogue.id)).dialogue.isHeld).toBe(true);
    // Its day: marked without being opened.
    const { leader: lise, dialogue: todays } = await meeting(today);
    expect((await post(lise, todays.id, { intent: "markHeld" })).status).toBe(302);
  });

  it("an agreement made in the meeting has a named owner; a made-up owner is refused", async () => {
    const { leader, nearest, dialogue, cycle } = await meeting();
    const made = await post(nearest, dialogue.id, {
      intent: "addAgreement",
      text: "Vi tager en kort snak hver 14. dag",
      owner: "both",
      recurrence: "once",
    });
    expect(made.status).toBe(302);
    expect((await listAgreements(getDb(), cycle.id)).map((a) => [a.kind, a.text, a.owner])).toEqual([
      ["leader", "Vi tager en kort snak hver 14. dag", "both"],
    ]);
    expect((await load(leader, dialogue.id)).agreements.map((a) => a.owner)).toEqual(["both"]);
    const refused = await post(leader, dialogue.id, { intent: "addAgreement", text: "X", owner: "hr" });
    expect(refused.status).toBe(400);
    expect(await listAgreements(getDb(), cycle.id)).toHaveLength(1);
  });

  it("leaves dropped agreements out of the meeting unless asked for", async () => {
    const { leader, dialogue, cycle } = await meeting();
    const fields = { followUpDate: null, followUpTime: null, recurrence: null, followUpHow: "" };
    const dropped = await createAgreement(getDb(), {
      cycle,
      fields: { ...fields, kind: "leader", text: "Gammel" },
    });
    await createAgreement(getDb(), { cycle, fields: { ...fields, kind: "leader", text: "Aktiv" } });
    await setAgreementStatus(getDb(), dropped.id, "dropped");
    const page = await load(leader, dialogue.id);
    expect(page.agreements.map((a) => a.text)).toEqual(["Aktiv"]);
    expect(page.hiddenDroppedCount).toBe(1);
    expect((await load(leader, dialogue.id, "?droppede=1")).agreements.map((a) => a.text)).toEqual([
      "Aktiv",
      "Gammel",
    ]);
  });

  it("answers an unknown or malformed intent with a 400", async () => {
    const { leader, dialogue } = await meeting();
    expect((await post(leader, dialogue.id, { intent: "explode" })).status).toBe(400);
    expect(
      (await post(leader, dialogue.id, { intent: "setAgreementStatus", agreementId: "x", status: "done" }))
        .status,
    ).toBe(400);
    expect(
      (await post(leader, dialogue.id, { intent: "setAgendaItem", itemId: "nope", status: "open" })).status,
    ).toBe(400);
  });
});
