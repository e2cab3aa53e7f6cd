import { expect, it } from "vitest";
import { action as autosaveAction } from "~/features/autosave/autosave.route";
import { conflictMarkers } from "~/features/cycles/conflict-markers";
import { findCycleTexts, saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { findDialogueNotes, saveDialogueNotes } from "~/features/dialogue/dialogue-notes.server";
import { action as kontraktAction } from "~/features/kontrakt/kontrakt.route";
import { serverI18n } from "~/i18n/server-i18n.server";
import { createAcceptedDialogue, createVerifiedPerson } from "../../../tests/support/factories";
import { answerOf, formPost, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 15: a text edited in two places at once (two people's shared notes, two tabs on the same
// kontrakt field) keeps every line either wrote exactly once.

const markers = conflictMarkers(serverI18n("da").t);
const lineCount = (body: string, line: string) => body.split("\n").filter((each) => each === line).length;

describeEachDialect("saves of one text from two places", (getDb) => {
  const person = (name: string) => createVerifiedPerson(getDb(), { name });

  async function dialogue() {
    const leader = await person("Søren");
    const nearest = await person("Niels");
    const { dialogue } = await createAcceptedDialogue(getDb(), { leader, nearest, startsOn: "2026-12-10" });
    return { leader, nearest, dialogue };
  }

  it("a notes save sent again, because its answer never came, is not merged in a second time", async () => {
    const { leader, nearest, dialogue: meeting } = await dialogue();
    const empty = { body: "", version: 0 };
    const save = (userId: string, body: string, saveId: string) =>
      saveDialogueNotes(getDb(), { dialogue: meeting, userId, base: empty, body, saveId, markers });
    await save(leader.id, "Søren skriver", "9a1f1a57-0000-4000-8000-000000000001");
    await save(nearest.id, "Niels skriver", "9a1f1a57-0000-4000-8000-000000000002");
    // The same save again (a retry, or the draft sent after a reload): same base, text and id.
    await save(nearest.id, "Niels skriver", "9a1f1a57-0000-4000-8000-000000000002");
    const notes = await findDialogueNotes(getDb(), meeting.id);
    expect(notes.body).toBe("Søren skriver\nNiels skriver");
  });

  it("a save retried after more saves than are remembered is still not merged in a second time", async () => {
    // A writer offline for a few minutes of the other's typing: the retry comes after more than the
    // remembered save ids, so only the merge can see that the line is already there.
    const { leader, nearest, dialogue: meeting } = await dialogue();
    const empty = { body: "", version: 0 };
    const first = "9a1f1a57-0000-4000-8000-0000000000a1";
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: leader.id,
      base: empty,
      body: "Søren skriver",
      saveId: first,
      markers,
    });
    let base = await findDialogueNotes(getDb(), meeting.id);
    for (let line = 1; line <= 25; line++) {
      const body = `${base.body}\nNiels ${line}`;
      const saveId = `9a1f1a57-0000-4000-8000-0000000001${String(line).padStart(2, "0")}`;
      await saveDialogueNotes(getDb(), {
        dialogue: meeting,
        userId: nearest.id,
        base,
        body,
        saveId,
        markers,
      });
      base = await findDialogueNotes(getDb(), meeting.id);
    }
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: leader.id,
      base: empty,
      body: "Søren skriver",
      saveId: first,
      markers,
    });
    const notes = (await findDialogueNotes(getDb(), meeting.id)).body;
    expect(lineCount(notes, "Søren skriver")).toBe(1);
    expect(lineCount(notes, "Niels 25")).toBe(1);
  });

  it("a stale page's notes sent again with a line more (the back button, no JavaScript) keep each line once", async () => {
    // Saved, then back to the page as it was, one line added and saved again from the old base.
    const { leader, dialogue: meeting } = await dialogue();
    const empty = { body: "", version: 0 };
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: leader.id,
      base: empty,
      body: "Søren skriver",
      markers,
    });
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: leader.id,
      base: empty,
      body: "Søren skriver\nSøren igen",
      markers,
    });
    expect((await findDialogueNotes(getDb(), meeting.id)).body).toBe("Søren skriver\nSøren igen");
  });

  it("finishing a line saved mid-word while the other adds the next line merges, once each", async () => {
    const { leader, nearest, dialogue: meeting } = await dialogue();
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: leader.id,
      base: { body: "", version: 0 },
      body: "Søren skr",
      markers,
    });
    const base = await findDialogueNotes(getDb(), meeting.id);
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: nearest.id,
      base,
      body: "Søren skr\nNiels skriver",
      markers,
    });
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: leader.id,
      base,
      body: "Søren skriver",
      markers,
    });
    expect((await findDialogueNotes(getDb(), meeting.id)).body).toBe("Søren skriver\nNiels skriver");
  });

  it("the same line changed in both places keeps both versions, marked, and says so", async () => {
    const { leader, nearest, dialogue: meeting } = await dialogue();
    const start = { dialogue: meeting, userId: leader.id, base: { body: "", version: 0 }, markers };
    await saveDialogueNotes(getDb(), { ...start, body: "Aftale: ugentligt" });
    const base = await findDialogueNotes(getDb(), meeting.id);
    await saveDialogueNotes(getDb(), { ...start, base, body: "Aftale: hver 14. dag" });
    const late = await saveDialogueNotes(getDb(), {
      ...start,
      userId: nearest.id,
      base,
      body: "Aftale: månedligt",
    });
    const both = [
      markers.first,
      "Aftale: hver 14. dag",
      markers.second,
      "Aftale: månedligt",
      markers.end,
    ].join("\n");
    expect(late).toEqual({ status: "conflict", body: both, version: 3 });
    expect((await findDialogueNotes(getDb(), meeting.id)).body).toBe(both);
  });

  it("five notes saves at the same moment from the same version: every line once", async () => {
    const { leader, dialogue: meeting } = await dialogue();
    const base = { body: "Dagsorden", version: 0 };
    await saveDialogueNotes(getDb(), {
      dialogue: meeting,
      userId: leader.id,
      base,
      body: "Dagsorden",
      markers,
    });
    const saved = await findDialogueNotes(getDb(), meeting.id);
    const lines = ["Et", "To", "Tre", "Fire", "Fem"];
    await Promise.all(
      lines.map((line) =>
        saveDialogueNotes(getDb(), {
          dialogue: meeting,
          userId: leader.id,
          base: saved,
          body: `Dagsorden\n${line}`,
          markers,
        }),
      ),
    );
    const notes = await findDialogueNotes(getDb(), meeting.id);
    expect(notes.version).toBe(saved.version + 5);
    for (const line of ["Dagsorden", ...lines]) expect(lineCount(notes.body, line)).toBe(1);
  });

  async function autosave(user: Awaited<ReturnType<typeof person>>, fields: Record<string, string>) {
    const call = routeCall({ db: getDb(), mailer: { send: async () => {} }, user });
    return answerOf(() =>
      autosaveAction({
        request: formPost("/min-lederdialog/gem", fields),
        context: call.context,
        params: {},
      } as never),
    );
  }

  it("two tabs that each add a paragraph to the same kontrakt field keep both paragraphs", async () => {
    const leader = await person("Lone");
    const cycle = await ensureActiveCycle(getDb(), leader);
    const key = "kontrakt:goals";
    const first = await saveCycleText(getDb(), { cycle, key, body: "Mål for året." });
    const base = { baseRevision: String(first.revision), baseBody: first.body, cycleId: cycle.id, key };
    const tabOne = await autosave(leader, {
      ...base,
      body: "Mål for året.\n\nFørste fane.",
      saveId: "9a1f1a57-0000-4000-8000-000000000011",
    });
    expect(tabOne.status).toBe(200);
    const tabTwo = await autosave(leader, {
      ...base,
      body: "Mål for året.\n\nAnden fane.",
      saveId: "9a1f1a57-0000-4000-8000-000000000012",
    });
    expect(tabTwo.status).toBe(200);
    const stored = (await findCycleTexts(getDb(), cycle.id))[key]?.body ?? "";
    for (const line of ["Mål for året.", "Første fane.", "Anden fane."])
      expect(lineCount(stored, line)).toBe(1);
    // The second tab is told what is saved now, so it can show it.
    expect(tabTwo.body).toMatchObject({
      ok: true,
      status: "merged",
      body: stored,
      version: first.revision + 2,
    });
  });

  it("two tabs saving the same field at the same moment: both paragraphs once", async () => {
    const leader = await person("Lone");
    const cycle = await ensureActiveCycle(getDb(), leader);
    const key = "kontrakt:wellbeing";
    const base = { baseRevision: "0", baseBody: "", cycleId: cycle.id, key };
    const answers = await Promise.all(
      ["Første fane.", "Anden fane."].map((body, index) =>
        autosave(leader, { ...base, body, saveId: `9a1f1a57-0000-4000-8000-00000000002${index}` }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const stored = await findCycleTexts(getDb(), cycle.id);
    expect(stored[key]?.revision).toBe(2);
    for (const line of ["Første fane.", "Anden fane."])
      expect(lineCount(stored[key]?.body ?? "", line)).toBe(1);
  });

  it("without JavaScript, a stale page's form goes through the same merge, and unchanged fields undo nothing", async () => {
    const leader = await person("Lone");
    const cycle = await ensureActiveCycle(getDb(), leader);
    const first = await saveCycleText(getDb(), { cycle, key: "kontrakt:goals", body: "Mål for året." });
    // Another tab saved since this page was loaded: a paragraph in goals, a new text in wellbeing.
    await saveCycleText(getDb(), { cycle, key: "kontrakt:goals", body: "Mål for året.\n\nFørste fane." });
    await saveCycleText(getDb(), { cycle, key: "kontrakt:wellbeing", body: "Fra den anden fane." });
    const call = routeCall({ db: getDb(), mailer: { send: async () => {} }, user: leader });
    const answer = await answerOf(() =>
      kontraktAction({
        request: formPost("/min-lederdialog/kontrakt", {
          "text:kontrakt:goals": "Mål for året.\r\n\r\nAnden fane.",
          "base:kontrakt:goals": String(first.revision),
          "baseBody:kontrakt:goals": "Mål for året.",
          "text:kontrakt:wellbeing": "",
          "base:kontrakt:wellbeing": "0",
          "baseBody:kontrakt:wellbeing": "",
        }),
        context: call.context,
        params: {},
      } as never),
    );
    expect(answer.status).toBe(302);
    const stored = await findCycleTexts(getDb(), cycle.id);
    expect(stored["kontrakt:goals"]?.body).toBe("Mål for året.\n\nFørste fane.\n\nAnden fane.");
    expect(stored["kontrakt:wellbeing"]?.body).toBe("Fra den anden fane.");
  });
});
