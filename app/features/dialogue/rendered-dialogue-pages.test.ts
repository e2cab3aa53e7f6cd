import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppClient } from "../../../tests/support/app-client";
import { type DemoFixture, startDemoFixture, waitForMail } from "../../../tests/support/demo-fixture";

/**
 * The dialogue's pages as rendered by the production build (issue 15, items 4 and 8): what the
 * server sends is checked as text a person reads, without the hydration data in the scripts, so a
 * loader that only *returns* something cannot pass for a page that shows it.
 */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The follow-ups' first day (sixty days ahead), one instant for every test that names it. */
const FOLLOW_UP_DAY = new Date(Date.now() + 60 * 24 * 3600 * 1000);

describe("the dialogue's pages, rendered (issue 15, items 4 and 8)", () => {
  let fixture: DemoFixture;

  beforeAll(async () => {
    fixture = await startDemoFixture();
  }, 120_000);

  afterAll(async () => {
    await fixture?.stop();
  });

  const page = async (role: "nearestLeader" | "owner", path: string) => {
    const response = await fixture.clients[role].get(path);
    expect(response.status, path).toBe(200);
    return visibleText(await response.text());
  };

  it("the meeting view shows him the kontrakt text she shared, and none of her private text", async () => {
    const { dialogueId } = fixture.params;
    const { markers } = fixture;
    // Her shared goals ("Mine mål …") are in no agenda or notes of the dialogue: only the shared
    // kontrakt can put them on the meeting page.
    const meeting = await page("nearestLeader", `/dialog/${dialogueId}`);
    expect(meeting).toContain(`Mine mål ${markers.shared}`);
    expect(meeting).not.toContain(markers.private);
  });

  it("the meeting's add-agreement form speaks to the two of them, not with the self-agreement hints", async () => {
    // Issue 15, item 9: the form made in the meeting showed "Hvornår følger du op?" and the example
    // of an agreement with oneself.
    for (const role of ["nearestLeader", "owner"] as const) {
      const meeting = await page(role, `/dialog/${fixture.params.dialogueId}`);
      expect(meeting, role).not.toContain("Hvornår følger du op?");
      expect(meeting, role).not.toContain("Jeg tjekker mails fire gange om dagen");
      expect(meeting, role).toContain("Hvornår følger I op på aftalen?");
      expect(meeting, role).toContain("Skriv den, så I begge kan se, om den er holdt.");
    }
  });

  it("sign-up opened from an invitation says who invited and has the invited address filled in", async () => {
    // Issue 15, item 4: signing up from the invitation showed the generic form without the address.
    const inviter = fixture.clients.otherLeader;
    const email = "ny.naermeste@demo.lederdialog.dk";
    const inThirtyDays = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const invited = await inviter.post("/min-lederdialog/dialog", {
      intent: "invite",
      email,
      date: inThirtyDays,
      time: "10:00",
      location: "Mødelokale 3",
    });
    expect(invited.status).toBe(302);
    const token = await waitForMail(fixture.inbox, email, /\/invitation\/([\w-]+)/);
    const anonymous = new AppClient(fixture.app.baseUrl);
    const response = await anonymous.get(
      `/opret-konto?redirectTo=${encodeURIComponent(`/invitation/${token}`)}`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`<input[^>]*value="${email.replace(/\./g, "\\.")}"`));
    expect(visibleText(html)).toMatch(/\S+ har inviteret dig til en dialog som nærmeste leder\./);
    expect(visibleText(html)).toContain("Den adresse, invitationen er sendt til.");
  });

  it("the header links the work pages each role has: Tal and Udrul for HR, Admin for the administrator", async () => {
    // Issue 15, item 6: the header had no link to Tal, Udrul or Admin.
    const headerLinks = async (role: "hr" | "admin" | "owner") => {
      const html = await (await fixture.clients[role].get("/om-vaerktoejet")).text();
      const header = html.match(/<header\b[\s\S]*?<\/header>/)?.[0] ?? "";
      return ["/tal", "/udrul", "/admin"].filter((path) => header.includes(`href="${path}"`));
    };
    expect(await headerLinks("hr")).toEqual(["/tal", "/udrul"]);
    expect(await headerLinks("admin")).toEqual(["/admin"]);
    expect(await headerLinks("owner")).toEqual([]);
  });

  it("his preparation page speaks to him: her points under her name, and a place for his own notes", async () => {
    const { dialogueId } = fixture.params;
    const { markers } = fixture;
    const prepare = await page("nearestLeader", `/naermeste-leder/${dialogueId}`);
    expect(prepare).toContain(`Mine mål ${markers.shared}`);
    // Her points are hers, not "yours".
    expect(prepare).not.toContain("Dine pointer til dialogen");
    expect(prepare).toContain("Dine egne noter");
    expect(prepare).toContain("Dine noter til dialogen");
    expect(prepare).not.toContain(markers.private);
  });

  it("tick-off asks about the agreement's own period, counts none before it, and asks a one-off once", async () => {
    // Issue 15, item 9: a 14-day agreement asked "i denne uge", and a brand-new one showed
    // "14 perioder … 14 uden svar"; a one-off one was asked about every week.
    const owner = fixture.clients.owner;
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
    const add = async (text: string, fields: Record<string, string>) => {
      const added = await owner.post("/min-lederdialog/kontrakt", {
        intent: "addAgreement",
        kind: "self",
        text,
        followUpTime: "",
        followUpHow: "",
        ...fields,
      });
      expect(added.status, text).toBe(302);
    };
    await add("Fjortendagesaftalen", { followUpDate: today, recurrence: "biweekly" });
    await add("Engangsaftalen", { followUpDate: "", recurrence: "" });
    const exported = (await (await owner.get("/min-lederdialog/mine-data.json")).json()) as {
      cycles: { status: string; agreements: { id: string; text: string }[] }[];
    };
    const agreements = exported.cycles.find((cycle) => cycle.status === "active")?.agreements ?? [];
    const idOf = (text: string) => agreements.find((agreement) => agreement.text === text)?.id;

    const fortnight = await page("owner", `/min-lederdialog/aftaler/${idOf("Fjortendagesaftalen")}`);
    expect(fortnight).not.toContain("denne uge");
    expect(fortnight).not.toMatch(/\d+ perioder/);
    expect(fortnight).toContain("Har du holdt den i disse 14 dage?");

    const once = await page("owner", `/min-lederdialog/aftaler/${idOf("Engangsaftalen")}`);
    expect(once).not.toContain("denne uge");
    expect(once).toContain("Er den gjort?");
  });

  // Last: it replaces her points, which the tests above do not read.
  it("step 3 offers theme 2's points note as the points, and uses it on request", async () => {
    const owner = fixture.clients.owner;
    const note = "Punktnote om prioritering\nPunktnote om sparring";
    // The note to theme 2's "to til tre pointer" question (points-note.test finds it by its words).
    const saved = await owner.post("/min-lederdialog/gem", { key: "note:wellbeing:q4", body: note });
    expect(saved.status).toBe(200);
    const offered = await page("owner", "/min-lederdialog/dialog");
    expect(offered).toContain("Din note fra forberedelsen");
    expect(offered).toContain("Punktnote om sparring");
    const used = await owner.post("/min-lederdialog/dialog", { intent: "usePointsNote" });
    expect(used.status).toBe(302);
    const after = await page("owner", "/min-lederdialog/dialog");
    expect(after).not.toContain("Din note fra forberedelsen");
    expect(after).toContain("Punktnote om prioritering");
    expect(after).toContain("Punktnote om sparring");
  });

  // After the points: it holds the dialogue and books the follow-ups, which step 3 would then show.
  it("home shows the follow-up phase once the dialogue is held and follow-ups are booked, with the next date", async () => {
    // Issue 15, item 3: after the dialogue was held and six follow-ups booked, home still showed
    // "2 Lederkontrakt" as the current step and no next date.
    const owner = fixture.clients.owner;
    const meeting = `/dialog/${fixture.params.dialogueId}`;
    // Marked as held (8bc8d00 had no such intent: there, opening the agenda already held it).
    await owner.post(meeting, { intent: "markHeld" });
    const inSixtyDays = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(
      FOLLOW_UP_DAY,
    );
    const booked = await owner.post(meeting, {
      intent: "bookFollowUps",
      rhythm: "biweekly",
      date: inSixtyDays,
      time: "09:00",
      location: "Online",
    });
    expect(booked.status).toBe(302);
    const response = await owner.get("/min-lederdialog");
    expect(response.status).toBe(200);
    const html = await response.text();
    const current = html.match(/<li[^>]*aria-current="step"[^>]*>([\s\S]*?)<\/li>/)?.[1] ?? "";
    expect(visibleText(current).trim()).toContain("Opfølgning");
    // The first follow-up is the next date, with its time as Danish writes it (item 11).
    expect(visibleText(html)).toMatch(/Næste opfølgning: \d{1,2}\. \w+ \d{4} kl\. 09\.00\. Åbn dialogen/);
  });

  // After the home test, which booked the follow-ups.
  it("opening a follow-up ahead of its time does not mark it held in the dialogues' history", async () => {
    // Issue 15, item 9: opening a future follow-up dialogue marked it "holdt".
    const owner = fixture.clients.owner;
    // The first follow-up: the first other dialogue the first dialogue's history links to.
    const first = await (await owner.get(`/dialog/${fixture.params.dialogueId}`)).text();
    const ids = [...first.matchAll(/href="\/dialog\/([0-9a-f-]{36})"/g)].map((match) => match[1]);
    const followUpId = ids.find((id) => id !== fixture.params.dialogueId);
    expect(followUpId, "a follow-up in the history").toBeDefined();
    // Before it is opened its agenda is what was left open, not "no points written" (review of issue 15).
    const unopened = await page("owner", `/dialog/${followUpId}`);
    expect(unopened).not.toContain("Du har ikke skrevet pointer");
    expect(unopened).toContain("som I ikke nåede sidst");
    expect((await owner.post(`/dialog/${followUpId}`, { intent: "start" })).status).toBe(302);
    const meeting = await page("owner", `/dialog/${followUpId}`);
    // Opened weeks ahead, it can still be moved or cancelled (review of issue 15: the link led nowhere).
    expect(meeting).toContain("Flyt eller aflys");
    const inSixtyDays = new Intl.DateTimeFormat("da-DK", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/Copenhagen",
    }).format(FOLLOW_UP_DAY);
    expect(meeting).toContain(inSixtyDays);
    // The first dialogue, marked held, says so: the pattern below finds a held item.
    expect(meeting).toMatch(/kl\. \d\d[.:]\d\d · [^·]+ · holdt/);
    expect(meeting).not.toMatch(new RegExp(`${inSixtyDays} kl\\. 09[.:]00 · [^·]+ · holdt`));
  });

  // Review of issue 15: the nearest leader read "Niels Nørgaard står for den" about himself.
  it("an agreement someone carries out says so to them as 'Du', and by name to the other", async () => {
    const meetingPath = `/dialog/${fixture.params.dialogueId}`;
    const made = await fixture.clients.nearestLeader.post(meetingPath, {
      intent: "addAgreement",
      owner: "nearestLeader",
      text: "Jeg skaffer budgettallene",
      recurrence: "once",
    });
    expect(made.status).toBe(302);
    const line = (text: string) => text.slice(text.indexOf("Jeg skaffer budgettallene")).slice(0, 120);
    expect(line(await page("nearestLeader", meetingPath))).toContain("Du står for den");
    expect(line(await page("owner", meetingPath))).toContain("Niels Nørgaard står for den");
  });
});
