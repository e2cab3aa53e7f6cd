import { expect, it } from "vitest";
import { action as autosaveAction } from "~/features/autosave/autosave.route";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { nearestLeaderNoteKey } from "~/features/cycles/text-keys";
import { findDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { action as dialoguePrepareAction } from "~/features/dialogue/dialogue-prepare.route";
import { loader as nearestLeaderLoader } from "~/features/dialogue/nearest-leader-prepare.route";
import { action as kontraktAction } from "~/features/kontrakt/kontrakt.route";
import { action as prepareThemeAction } from "~/features/prepare/prepare-theme.route";
import { da } from "~/i18n/catalogs/da";
import { en } from "~/i18n/catalogs/en";
import type { User } from "~/platform/db/tables/users.table";
import { createAcceptedDialogue, createVerifiedPerson } from "../../../tests/support/factories";
import { answerOf, formPost, ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 15, the nearest leader's own notes: every text key is checked on the server against who
// may write it. The leader writes her own cycle's texts; the nearest leader his own notes only for
// a dialogue he holds as its accepted nearest leader; the shared notes only the dialogue's two
// people. Anyone else gets a translated 404 (a catalog key), and nothing is saved.

describeEachDialect("who may write which text (issue 15)", (getDb) => {
  const mailer = { send: async () => {} };
  const person = (name: string) => createVerifiedPerson(getDb(), { name });
  type Person = User;

  /** Her dialogue with the nearest leader, accepted. */
  async function dialogueOf(leader: Person, nearest: Person) {
    return (await createAcceptedDialogue(getDb(), { leader, nearest, startsOn: "2026-12-10" })).dialogue.id;
  }

  async function setting() {
    const leader = await person("Lone");
    const nearest = await person("Niels");
    const dialogueId = await dialogueOf(leader, nearest);
    return { leader, nearest, dialogueId };
  }

  function autosave(user: Person, fields: Record<string, string>) {
    const call = routeCall({ db: getDb(), mailer, user });
    return answerOf(() =>
      autosaveAction({
        request: formPost("/min-lederdialog/gem", fields),
        context: call.context,
        params: {},
      } as never),
    );
  }

  async function notesOf(user: Person, dialogueId: string) {
    const cycle = await ensureActiveCycle(getDb(), user);
    return (await findCycleTexts(getDb(), cycle.id))[nearestLeaderNoteKey(dialogueId)];
  }

  /** A refusal that says nothing of whether the dialogue exists, in words both catalogs have. */
  function expectRefused(answer: Awaited<ReturnType<typeof autosave>>) {
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: "autosave.notYours" });
    expect(da.autosave.notYours).toBeTruthy();
    expect(en.autosave.notYours).toBeTruthy();
  }

  const noteSave = (dialogueId: string, body: string) => ({
    key: nearestLeaderNoteKey(dialogueId),
    body,
    baseRevision: "0",
    baseBody: "",
    saveId: crypto.randomUUID(),
  });

  it("the dialogue's nearest leader writes his own notes for it", async () => {
    const { nearest, dialogueId } = await setting();
    const answer = await autosave(nearest, noteSave(dialogueId, "Hans egne ord"));
    expect(answer.status).toBe(200);
    expect((await notesOf(nearest, dialogueId))?.body).toBe("Hans egne ord");
  });

  it("another leader cannot write a nearest leader's note for her dialogue", async () => {
    const { dialogueId } = await setting();
    const other = await person("Ole");
    expectRefused(await autosave(other, noteSave(dialogueId, "Fremmed")));
    expect(await notesOf(other, dialogueId)).toBeUndefined();
  });

  it("the leader herself cannot write the nearest leader's note for her own dialogue", async () => {
    const { leader, dialogueId } = await setting();
    expectRefused(await autosave(leader, noteSave(dialogueId, "Hendes ord")));
    expect(await notesOf(leader, dialogueId)).toBeUndefined();
  });

  it("the nearest leader of another dialogue cannot write notes for this one", async () => {
    const { dialogueId } = await setting();
    const elsewhere = await setting();
    expectRefused(await autosave(elsewhere.nearest, noteSave(dialogueId, "Forkert dialog")));
    expect(await notesOf(elsewhere.nearest, dialogueId)).toBeUndefined();
    // Nor the shared notes of a dialogue that is not his.
    expectRefused(
      await autosave(elsewhere.nearest, {
        dialogueId,
        body: "Fælles?",
        baseRevision: "0",
        baseBody: "",
        saveId: crypto.randomUUID(),
      }),
    );
    expect((await findDialogueNotes(getDb(), dialogueId)).body).toBe("");
  });

  it("the nearest leader of a cancelled dialogue writes nothing for it, own notes or shared", async () => {
    const { nearest, dialogueId } = await setting();
    await getDb()
      .updateTable("dialogues")
      .set({ status: "cancelled" })
      .where("id", "=", dialogueId)
      .execute();
    expectRefused(await autosave(nearest, noteSave(dialogueId, "Efter aflysningen")));
    expect(await notesOf(nearest, dialogueId)).toBeUndefined();
    expectRefused(
      await autosave(nearest, {
        dialogueId,
        body: "Fælles efter aflysningen",
        baseRevision: "0",
        baseBody: "",
        saveId: crypto.randomUUID(),
      }),
    );
    expect((await findDialogueNotes(getDb(), dialogueId)).body).toBe("");
  });

  it("a nearest leader replaced by someone the leader invited since writes nothing more", async () => {
    const { leader, nearest, dialogueId } = await setting();
    await dialogueOf(leader, await person("Nina"));
    expectRefused(await autosave(nearest, noteSave(dialogueId, "Efter skiftet")));
    expect(await notesOf(nearest, dialogueId)).toBeUndefined();
  });

  it("nobody saves into another person's cycle by naming it", async () => {
    const { leader } = await setting();
    const other = await person("Ole");
    const hers = await ensureActiveCycle(getDb(), leader);
    expectRefused(
      await autosave(other, {
        key: "note:goals",
        body: "Fremmed",
        cycleId: hers.id,
        saveId: crypto.randomUUID(),
      }),
    );
    expect((await findCycleTexts(getDb(), hers.id))["note:goals"]).toBeUndefined();
    expect(Object.keys(await findCycleTexts(getDb(), (await ensureActiveCycle(getDb(), other)).id))).toEqual(
      [],
    );
  });

  it("a page's own form (without JavaScript) saves no nearest leader's note either", async () => {
    const { leader, dialogueId } = await setting();
    const other = await person("Ole");
    const forms = [
      { run: kontraktAction, path: "/min-lederdialog/kontrakt", params: {} },
      { run: prepareThemeAction, path: "/min-lederdialog/forbered/1", params: { theme: "1" } },
      { run: dialoguePrepareAction, path: "/min-lederdialog/dialog", params: {} },
    ];
    for (const writer of [leader, other]) {
      for (const form of forms) {
        const call = routeCall({ db: getDb(), mailer, user: writer });
        await answerOf(() =>
          form.run({
            request: formPost(form.path, {
              [`text:${nearestLeaderNoteKey(dialogueId)}`]: `Via ${form.path}`,
            }),
            context: call.context,
            params: form.params,
          } as never),
        );
        expect(await notesOf(writer, dialogueId), `${writer.name} via ${form.path}`).toBeUndefined();
      }
    }
  });

  it("his notes are read back only on his page for a dialogue he holds", async () => {
    const { leader, nearest, dialogueId } = await setting();
    await autosave(nearest, noteSave(dialogueId, "Kun til ham"));
    const load = (user: Person) => {
      const call = routeCall({ db: getDb(), mailer, user });
      return answerOf(() =>
        nearestLeaderLoader({
          request: new Request(new URL(`/naermeste-leder/${dialogueId}`, ROUTE_CALL_URL)),
          params: { dialogueId },
          context: call.context,
        } as never),
      );
    };
    const his = await load(nearest);
    expect(his.status).toBe(200);
    expect(JSON.stringify(his.body)).toContain("Kun til ham");
    for (const reader of [leader, await person("Ole")]) {
      const answer = await load(reader);
      expect(answer.status).toBe(404);
      expect(JSON.stringify(answer.body)).not.toContain("Kun til ham");
    }
    await dialogueOf(leader, await person("Nina"));
    const afterwards = await load(nearest);
    expect(afterwards.status).toBe(404);
    expect(JSON.stringify(afterwards.body)).not.toContain("Kun til ham");
  });
});
