import { expect, it } from "vitest";
import { loader as signUpLoader } from "~/features/account/sign-up.route";
import { recordAgreementCheck } from "~/features/agreements/agreement-checks.server";
import { createAgreement } from "~/features/agreements/agreements.server";
import { saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { startDialogue } from "~/features/dialogue/dialogue-agenda.server";
import { createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { findDialogueForParticipant } from "~/features/dialogue/dialogues.server";
import { bookFollowUpDialogues } from "~/features/dialogue/follow-up-dialogues.server";
import { loadMeetingAgreements } from "~/features/dialogue/load-meeting.server";
import { markDialogueHeld } from "~/features/dialogue/mark-dialogue-held.server";
import { loader as meetingLoader } from "~/features/dialogue/meeting.route";
import { loader as leadersLoader } from "~/features/dialogue/subordinate-leaders.route";
import { loadHomeProgress } from "~/features/home/load-home-progress.server";
import { loader as homeLoader } from "~/features/home/my-dialogue.route";
import { setSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { addDaysToLocalDate, localDateInDenmark, mondayOfLocalDate } from "~/platform/time/local-date";
import { createAcceptedDialogue, createVerifiedPerson } from "../../../tests/support/factories";
import { answerOf, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

const noFollowUp = { followUpDate: null, followUpTime: null, recurrence: null, followUpHow: "" };

describeEachDialect(
  "home: where a person is, from what they really did (issue 15, items 3 and 4)",
  (getDb) => {
    let counter = 0;
    const today = () => localDateInDenmark();
    const inDays = (days: number) => addDaysToLocalDate(today(), days);

    const person = (name: string) => createVerifiedPerson(getDb(), { name });

    /** Lone invites Niels to a dialogue in nine days, and he accepts. */
    async function invitedAndAccepted() {
      const leader = await person("Lone");
      const nearest = await person("Niels");
      const { cycle, dialogue } = await createAcceptedDialogue(getDb(), {
        leader,
        nearest,
        startsOn: inDays(9),
      });
      return { leader, nearest, cycle, dialogue };
    }

    async function openHome(user: Awaited<ReturnType<typeof person>>) {
      const call = routeCall({ db: getDb(), mailer: { send: async () => {} }, user });
      const request = new Request("http://lederdialog.test/min-lederdialog");
      const answer = await answerOf(() =>
        homeLoader({ request, context: call.context, params: {} } as never),
      );
      expect(answer.status).toBe(200);
      return answer.body as { progress: Awaited<ReturnType<typeof loadHomeProgress>> };
    }

    it("a held dialogue with six follow-ups booked is the follow-up phase, with the next date and its link", async () => {
      const { leader, dialogue } = await invitedAndAccepted();
      await startDialogue(getDb(), { dialogue, points: ["Prioritering"] });
      await markDialogueHeld(getDb(), dialogue.id);
      const { dialogues } = await bookFollowUpDialogues(getDb(), {
        dialogue,
        rhythm: "biweekly",
        startsOn: inDays(14),
        startsAt: "09:00",
        location: "Online",
      });
      expect(dialogues).toHaveLength(6);
      const { progress } = await openHome(leader);
      expect(progress.currentStep).toBe(4);
      expect(progress.followUpCount).toBe(6);
      expect(progress.invitedDialogue).toMatchObject({ id: dialogue.id, isHeld: true, isAccepted: true });
      // The first dialogue was held: the next one is the first follow-up.
      expect(progress.nextDialogue).toEqual({
        id: dialogues[0]?.id,
        startsOn: inDays(14),
        startsAt: "09:00",
        isFollowUp: true,
      });
    });

    it("the agenda opened days ahead is preparation: not held, still the next dialogue on both homes", async () => {
      const { leader, nearest, dialogue } = await invitedAndAccepted();
      await startDialogue(getDb(), { dialogue, points: ["Prioritering"] });
      const hers = await loadHomeProgress(getDb(), { userId: leader.id });
      expect(hers.currentStep).toBe(3);
      expect(hers.invitedDialogue).toMatchObject({ id: dialogue.id, isHeld: false });
      expect(hers.nextDialogue).toMatchObject({ id: dialogue.id, startsOn: inDays(9) });
      expect((await loadHomeProgress(getDb(), { userId: nearest.id })).asNearestLeader).toEqual([
        { id: dialogue.id, leaderName: "Lone", startsOn: inDays(9), startsAt: "10:00" },
      ]);
      // Once its time has come it is held, and no longer ahead of either.
      const after = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000);
      const later = await loadHomeProgress(getDb(), { userId: leader.id, now: after });
      expect(later.invitedDialogue).toMatchObject({ isHeld: true });
      expect(later.currentStep).toBe(4);
      expect(later.nextDialogue).toBeNull();
      expect((await loadHomeProgress(getDb(), { userId: nearest.id, now: after })).asNearestLeader).toEqual(
        [],
      );
    });

    it("each phase in turn: preparing, the kontrakt, the dialogue booked, the follow-up", async () => {
      const leader = await person("Lise");
      expect((await loadHomeProgress(getDb(), { userId: leader.id })).currentStep).toBe(1);
      const cycle = await ensureActiveCycle(getDb(), leader);
      await saveCycleText(getDb(), { cycle, key: "note:goals", body: "Mine mål" });
      const preparing = await loadHomeProgress(getDb(), { userId: leader.id });
      expect(preparing).toMatchObject({ currentStep: 1, noteCount: 1, hasStarted: true });
      await saveCycleText(getDb(), { cycle, key: "kontrakt:goals", body: "Bedre planlægning" });
      expect((await loadHomeProgress(getDb(), { userId: leader.id })).currentStep).toBe(2);
      const { dialogue } = await createDialogueInvitation(getDb(), {
        cycle,
        email: `nl-${++counter}@kommune.dk`,
        startsOn: inDays(3),
        startsAt: "13:00",
        location: "Kontoret",
      });
      const booked = await loadHomeProgress(getDb(), { userId: leader.id });
      expect(booked.currentStep).toBe(3);
      expect(booked.invitedDialogue).toMatchObject({ isAccepted: false, isHeld: false });
      expect(booked.nextDialogue).toMatchObject({ id: dialogue.id, isFollowUp: false });
    });

    it("follow-ups due this week and agreements still to tick off", async () => {
      const leader = await person("Lea");
      const cycle = await ensureActiveCycle(getDb(), leader);
      const monday = mondayOfLocalDate(today());
      // Weekly from a Monday three weeks ago: falls on this week's Monday. Not yet ticked this week.
      const weekly = await createAgreement(getDb(), {
        cycle,
        fields: {
          ...noFollowUp,
          kind: "self",
          text: "Gå en tur",
          followUpDate: addDaysToLocalDate(monday, -21),
          recurrence: "weekly",
        },
      });
      // Ticked for this week: nothing to tick.
      const ticked = await createAgreement(getDb(), {
        cycle,
        fields: {
          ...noFollowUp,
          kind: "self",
          text: "Luk mailen kl. 16",
          recurrence: "weekly",
          followUpDate: monday,
        },
      });
      await recordAgreementCheck(getDb(), { agreementId: ticked.id, date: monday, isKept: true });
      // Starts in a month: neither due this week nor to tick yet.
      await createAgreement(getDb(), {
        cycle,
        fields: { ...noFollowUp, kind: "self", text: "Senere", followUpDate: addDaysToLocalDate(monday, 35) },
      });
      const progress = await loadHomeProgress(getDb(), { userId: leader.id });
      expect(progress.dueThisWeek.agreements).toEqual([
        { id: weekly.id, text: "Gå en tur", date: monday },
        { id: ticked.id, text: "Luk mailen kl. 16", date: monday },
      ]);
      expect(progress.agreementsToTick).toEqual([{ id: weekly.id, text: "Gå en tur" }]);
    });

    it("the nearest leader's home names the dialogue he was invited to, with her name and date", async () => {
      const { nearest, dialogue } = await invitedAndAccepted();
      const { progress } = await openHome(nearest);
      expect(progress.asNearestLeader).toEqual([
        { id: dialogue.id, leaderName: "Lone", startsOn: inDays(9), startsAt: "10:00" },
      ]);
      // Her own cycle is none of his: he has not started one.
      expect(progress.hasStarted).toBe(false);
    });

    it("someone else's dialogue, or one whose leader accepted another nearest leader, is not on his home", async () => {
      const { dialogue, leader } = await invitedAndAccepted();
      const other = await person("Ole");
      expect((await loadHomeProgress(getDb(), { userId: other.id })).asNearestLeader).toEqual([]);
      await getDb()
        .updateTable("users")
        .set({ accepted_nearest_leader_id: other.id })
        .where("id", "=", leader.id)
        .execute();
      const nearestId = dialogue.nearest_leader_id as string;
      expect((await loadHomeProgress(getDb(), { userId: nearestId })).asNearestLeader).toEqual([]);
    });

    // Review of issue 15: he can tick off the agreements he carries out, but his home never asked.
    it("his home asks him to tick off the agreements he carries out, and none of hers", async () => {
      const { nearest, leader, cycle, dialogue } = await invitedAndAccepted();
      const made = (text: string, owner: "leader" | "nearestLeader" | "both") =>
        createAgreement(getDb(), {
          cycle,
          fields: { kind: "leader", text, ...noFollowUp },
          dialogueId: dialogue.id,
          owner,
        });
      await made("Jeg skaffer tallene", "nearestLeader");
      await made("Vi tager en snak", "both");
      await made("Lone melder tilbage", "leader");
      const his = (await loadHomeProgress(getDb(), { userId: nearest.id })).agreementsToTick.map(
        (a) => a.text,
      );
      expect(his.sort()).toEqual(["Jeg skaffer tallene", "Vi tager en snak"]);
      const hers = (await loadHomeProgress(getDb(), { userId: leader.id })).agreementsToTick.map(
        (a) => a.text,
      );
      expect(hers.sort()).toEqual(["Jeg skaffer tallene", "Lone melder tilbage", "Vi tager en snak"]);
      // Once she accepts someone else as her nearest leader, they are no longer his.
      const other = await person("Ole");
      await getDb()
        .updateTable("users")
        .set({ accepted_nearest_leader_id: other.id })
        .where("id", "=", leader.id)
        .execute();
      expect((await loadHomeProgress(getDb(), { userId: nearest.id })).agreementsToTick).toEqual([]);
    });

    it("/mine-ledere counts the agreements in progress he can see in the meeting: shared ones from her kontrakt too", async () => {
      const { nearest, cycle, dialogue } = await invitedAndAccepted();
      // Two agreements with her nearest leader written in her kontrakt (section 3), which she shares,
      // one made in the dialogue, and one with herself (never his to see).
      for (const text of ["Sparring hver måned", "Fri om fredagen"]) {
        await createAgreement(getDb(), { cycle, fields: { ...noFollowUp, kind: "leader", text } });
      }
      await createAgreement(getDb(), {
        cycle,
        fields: { ...noFollowUp, kind: "leader", text: "Aftalt i dialogen" },
        dialogueId: dialogue.id,
      });
      await createAgreement(getDb(), { cycle, fields: { ...noFollowUp, kind: "self", text: "Min egen" } });
      await setSharedParts(getDb(), { cycle, parts: ["agreementsWithLeader"] });
      const found = await findDialogueForParticipant(getDb(), {
        dialogueId: dialogue.id,
        userId: nearest.id,
      });
      if (!found) throw new Error("not found");
      const inMeeting = (await loadMeetingAgreements(getDb(), found, nearest.id)).agreements.filter(
        (agreement) => agreement.status === "active",
      );
      expect(inMeeting).toHaveLength(3);
      const call = routeCall({ db: getDb(), mailer: { send: async () => {} }, user: nearest });
      const request = new Request("http://lederdialog.test/mine-ledere");
      const open = async () =>
        (
          (await answerOf(() => leadersLoader({ request, context: call.context, params: {} } as never)))
            .body as {
            leaders: { name: string; openAgreements: number }[];
          }
        ).leaders;
      expect(await open()).toEqual([
        expect.objectContaining({ name: "Lone", openAgreements: inMeeting.length }),
      ]);
      // Unshared, only the one made with him in the dialogue is his to see, and to count.
      await setSharedParts(getDb(), { cycle, parts: [] });
      expect((await open())[0]?.openAgreements).toBe(1);
    });

    it("sign-up opened from the invitation says who invited and has the invited address filled in", async () => {
      const leader = await person("Lone");
      const cycle = await ensureActiveCycle(getDb(), leader);
      const { token } = await createDialogueInvitation(getDb(), {
        cycle,
        email: "ny.naermeste@kommune.dk",
        startsOn: inDays(9),
        startsAt: "10:00",
        location: "Mødelokale 2",
      });
      const open = async (redirectTo: string) => {
        const call = routeCall({ db: getDb(), mailer: { send: async () => {} } });
        const url = `http://lederdialog.test/opret-konto?redirectTo=${encodeURIComponent(redirectTo)}`;
        const answer = await answerOf(() =>
          signUpLoader({ request: new Request(url), context: call.context, params: {} } as never),
        );
        return answer.body as { invitation: unknown } | null;
      };
      expect((await open(`/invitation/${token}`))?.invitation).toEqual({
        leaderName: "Lone",
        email: "ny.naermeste@kommune.dk",
      });
      // Any other return path, or a token that is no invitation, is the plain form.
      expect((await open("/min-lederdialog"))?.invitation).toBeNull();
      expect((await open(`/invitation/${"x".repeat(43)}`))?.invitation).toBeNull();
    });

    it("the meeting view gives the nearest leader what she shared, and her nothing extra", async () => {
      const { leader, nearest, cycle, dialogue } = await invitedAndAccepted();
      await saveCycleText(getDb(), { cycle, key: "kontrakt:goals", body: "Bedre planlægning af driften" });
      await saveCycleText(getDb(), { cycle, key: "kontrakt:wellbeing", body: "Privat: jeg sover dårligt" });
      await setSharedParts(getDb(), { cycle, parts: ["goals"] });
      const open = async (user: typeof leader) => {
        const call = routeCall({ db: getDb(), mailer: { send: async () => {} }, user });
        const request = new Request(`http://lederdialog.test/dialog/${dialogue.id}`);
        const answer = await answerOf(() =>
          meetingLoader({ request, context: call.context, params: { dialogueId: dialogue.id } } as never),
        );
        expect(answer.status).toBe(200);
        return answer.body as { shared: { fields: { id: string; text: string | null }[] } | null };
      };
      const his = await open(nearest);
      expect(his.shared?.fields).toEqual([
        expect.objectContaining({ id: "goals", text: "Bedre planlægning af driften" }),
      ]);
      expect(JSON.stringify(his)).not.toContain("sover dårligt");
      expect((await open(leader)).shared).toBeNull();
    });
  },
);
