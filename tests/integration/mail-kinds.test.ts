import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium } from "playwright";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendEmailVerificationMail } from "~/features/account/send-email-verification-mail.server";
import { sendNewDeviceMail } from "~/features/account/send-new-device-mail.server";
import { sendPasswordResetMail } from "~/features/account/send-password-reset-mail.server";
import { sendSignUpAttemptMail } from "~/features/account/send-sign-up-attempt-mail.server";
import { sendDialogueInvitation } from "~/features/dialogue/send-dialogue-invitation.server";
import { sendFollowUpInvitation } from "~/features/dialogue/send-follow-up-invitation.server";
import { sendAccountDeletedMail } from "~/features/privacy/send-account-deleted-mail.server";
import type { DueReminder } from "~/features/reminders/due-reminder.server";
import { sendReminderMail } from "~/features/reminders/send-reminder-mail.server";
import { sendRolloutMail } from "~/features/rollout/send-rollout-mail.server";
import { sendSsoLinkProofMail } from "~/features/sso/send-sso-link-proof-mail.server";
import { sendSsoLinkedMail } from "~/features/sso/send-sso-linked-mail.server";
import type { Config } from "~/platform/config/config-types.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import { type ParsedMail, parseMail, type SmtpInbox, startSmtpInbox } from "../support/smtp-inbox";

// Issue 14, item 6: every kind of mail the app sends, received over a real SMTP server and read
// back by mailparser: a text part and an accessible HTML part (axe in Chromium, WCAG 2.2 AA) from
// the same parts, Reply-To the person behind the mail, Auto-Submitted on what the app writes by
// itself, and a Message-ID on PUBLIC_URL's domain.

const PUBLIC_URL = new URL("https://lederdialog.kommune.dk");
// A name a leader may type: every one of these characters must reach the HTML as text.
const LEADER = { name: 'Lone <b>Ærø</b> & "Co"', email: "lone@kommune.dk", locale: "da" as const };
const NEAREST = { name: "Niels Holm", email: "niels@kommune.dk", locale: "da" as const };
const HR = { name: "Hanne HR", email: "hanne@kommune.dk" };

const DIALOGUE: Dialogue = {
  id: "5b0f3b1e-4c1f-4f57-9a55-0d2d3b0a1c11",
  organisation_id: "org",
  cycle_id: "cycle",
  leader_id: "leader",
  nearest_leader_id: null,
  starts_on: "2026-12-15",
  starts_at: "10:00",
  duration_minutes: 45,
  location: "Mødelokale <2>",
  status: "invited",
  series_id: null,
  rhythm: null,
  started_at: null,
  calendar_uid: "5b0f3b1e-4c1f-4f57-9a55-0d2d3b0a1c11@lederdialog",
  calendar_sequence: 0,
  occurrence_on: null,
  occurrence_at: null,
  created_at: "2026-12-01T10:00:00.000Z",
  updated_at: "2026-12-01T10:00:00.000Z",
};

let inbox: SmtpInbox;
let mailer: Mailer;
let browser: Browser;
const services = () => ({
  mailer,
  config: { publicUrl: PUBLIC_URL, sessionSecret: "mail-kinds-test-session-secret-0123456789" } as Config,
  log: { error() {} } as never,
});

beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = createMailer({
    smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
    from: "Lederdialog <no-reply@lederdialog.local>",
    publicUrl: PUBLIC_URL,
    outboxDir: "/nonexistent",
  });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
});
afterAll(async () => {
  await browser?.close();
  await inbox?.close();
});
beforeEach(() => {
  inbox.messages.length = 0;
});

async function received(): Promise<ParsedMail[]> {
  return Promise.all(inbox.messages.map((message) => parseMail(message.raw)));
}

async function axeViolations(html: string): Promise<string[]> {
  // axe needs a context of its own (not browser.newPage); the mail itself holds no script.
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.setContent(html);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  } finally {
    await context.close();
  }
}

/** What every mail must be, whoever it is for. */
async function expectWellFormed(mail: ParsedMail, lang: "da" | "en" = "da") {
  expect(mail.header("content-type")).toMatch(/^multipart\/(alternative|mixed)/);
  expect(mail.text.length).toBeGreaterThan(0);
  expect(mail.html).toBeDefined();
  const html = mail.html ?? "";
  expect(html).toContain(`<html lang="${lang}">`);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).not.toMatch(/<table|<img/i);
  // Every link has words of its own, never the bare address as its text.
  for (const [, text] of html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)) expect(text).not.toMatch(/^https?:/);
  expect(mail.messageId).toMatch(/^<[^@>]+@lederdialog\.kommune\.dk>$/);
  expect(await axeViolations(html)).toEqual([]);
}

function expectAutomatic(mail: ParsedMail) {
  expect(mail.header("auto-submitted")).toBe("auto-generated");
  expect(mail.replyTo).toBeUndefined();
}

function expectFromPerson(mail: ParsedMail, person: { name: string; email: string }) {
  expect(mail.header("auto-submitted")).toBeUndefined();
  expect(mail.replyTo).toEqual({ name: person.name, address: person.email });
}

/** Each link of the text part (an address on its own line) is a link in the HTML part. */
function expectSameLinks(mail: ParsedMail) {
  const inText = [...mail.text.matchAll(/^https?:\/\/\S+$/gm)].map((match) => match[0]);
  const inHtml = [...(mail.html ?? "").matchAll(/href="([^"]+)"/g)].map((match) =>
    (match[1] ?? "").replaceAll("&amp;", "&"),
  );
  expect(inText.length).toBeGreaterThan(0);
  expect(inHtml).toEqual(inText);
}

// axe runs once for each of some twenty HTML parts: generous time on a shared two-core machine.
describe("every kind of mail, read back by mailparser", { timeout: 180_000 }, () => {
  it("the invitation: Reply-To the inviting leader, her name escaped; her copy is automatic", async () => {
    await sendDialogueInvitation(services(), {
      dialogue: DIALOGUE,
      leader: LEADER,
      nearestLeader: { email: NEAREST.email, locale: "da" },
      token: "invitation-token",
    });
    const [invitation, copy] = await received();
    if (!invitation || !copy) throw new Error("two mails expected");
    expectFromPerson(invitation, LEADER);
    expect(invitation.text).toContain(LEADER.name);
    expect(invitation.html).not.toContain("<b>Ærø</b>");
    expect(invitation.html).toContain("Lone &lt;b&gt;Ærø&lt;/b&gt; &amp; &quot;Co&quot;");
    expect(invitation.html).toContain("Mødelokale &lt;2&gt;");
    expect(invitation.calendar).toContain("BEGIN:VEVENT");
    expectSameLinks(invitation);
    await expectWellFormed(invitation);
    expectAutomatic(copy);
    await expectWellFormed(copy);
  });

  it("the follow-up invitation: each of the two gets Reply-To the other", async () => {
    await sendFollowUpInvitation(services(), {
      dialogues: [{ ...DIALOGUE, series_id: "series-1", rhythm: "quarterly" }],
      rhythm: "quarterly",
      leader: LEADER,
      nearestLeader: { ...NEAREST, locale: "en" },
    });
    const [toLeader, toNearest] = await received();
    if (!toLeader || !toNearest) throw new Error("two mails expected");
    expectFromPerson(toLeader, NEAREST);
    expectFromPerson(toNearest, LEADER);
    expectSameLinks(toLeader);
    await expectWellFormed(toLeader);
    await expectWellFormed(toNearest, "en");
  });

  it("the roll-out: Reply-To the HR person who sent it", async () => {
    await sendRolloutMail(
      services(),
      { email: LEADER.email, name: LEADER.name, locale: "da", wayIn: { kind: "signIn" } },
      HR,
    );
    const [mail] = await received();
    if (!mail) throw new Error("a mail expected");
    expectFromPerson(mail, HR);
    expect(mail.text).toContain(`${HR.name} inviterer dig`);
    expectSameLinks(mail);
    await expectWellFormed(mail);
  });

  it("the account mails: automatic, and no Reply-To", async () => {
    const user = { email: LEADER.email, name: LEADER.name };
    await sendPasswordResetMail(services(), { user, token: "reset-token", locale: "da" });
    await sendEmailVerificationMail(services(), { user, token: "verify-token", locale: "en" });
    await sendSignUpAttemptMail(services(), { user, resetToken: "reset-token", locale: "da" });
    await sendSignUpAttemptMail(services(), { user, resetToken: undefined, locale: "da" });
    await sendNewDeviceMail(services(), {
      user,
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0",
      at: new Date("2026-12-01T09:00:00Z"),
      locale: "da",
    });
    await sendSsoLinkProofMail(services(), {
      user,
      slug: "kommune",
      token: "proof-token",
      provider: "oidc Entra ID",
      locale: "da",
    });
    await sendSsoLinkedMail(services(), { user, provider: "saml Entra ID", locale: "da" });
    const mails = await received();
    expect(mails).toHaveLength(7);
    for (const [index, mail] of mails.entries()) {
      expectAutomatic(mail);
      expect(mail.html).not.toContain("<b>Ærø</b>");
      if (index !== 3) expectSameLinks(mail);
      await expectWellFormed(mail, index === 1 ? "en" : "da");
    }
  });

  it("the reminders: automatic, with the one-click unsubscribe in the footer and the headers", async () => {
    const recipient = { id: "user-1", ...LEADER };
    const reminders: DueReminder[] = [
      {
        kind: "dialoguePrepare",
        role: "leader",
        subjectId: DIALOGUE.id,
        occurrence: "2026-12-15",
        recipient,
        dialogue: {
          id: DIALOGUE.id,
          startsOn: "2026-12-15",
          startsAt: "10:00",
          location: "Mødelokale <2>",
          leaderName: LEADER.name,
        },
      },
      {
        kind: "dialoguePrepare",
        role: "nearestLeader",
        subjectId: DIALOGUE.id,
        occurrence: "2026-12-15",
        recipient: { id: "user-2", ...NEAREST, locale: "en" },
        dialogue: {
          id: DIALOGUE.id,
          startsOn: "2026-12-15",
          startsAt: "10:00",
          location: "Room 2",
          leaderName: LEADER.name,
        },
      },
      {
        kind: "followUpDue",
        subjectId: "agreement-1",
        occurrence: "2026-12-15",
        recipient,
        agreement: { id: "agreement-1", text: "Jeg <i>går</i> hjem kl. 16", followUpDate: "2026-12-15" },
      },
      {
        kind: "followUpOverdue",
        subjectId: "agreement-1",
        occurrence: "2026-12-15",
        recipient,
        agreement: { id: "agreement-1", text: "Jeg går hjem kl. 16", followUpDate: "2026-12-15" },
      },
    ];
    for (const reminder of reminders) await sendReminderMail(services(), reminder);
    const mails = await received();
    expect(mails).toHaveLength(4);
    for (const [index, mail] of mails.entries()) {
      expectAutomatic(mail);
      const unsubscribe = mail.header("list-unsubscribe")?.replace(/^<|>$/g, "") ?? "";
      expect(unsubscribe).toMatch(/^https:\/\/lederdialog\.kommune\.dk\/afmeld\//);
      expect(mail.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
      expect(mail.html).toContain(`href="${unsubscribe}"`);
      expect(mail.html).not.toMatch(/<b>|<i>/);
      expectSameLinks(mail);
      await expectWellFormed(mail, index === 1 ? "en" : "da");
    }
  });

  it("account deletion's notice: automatic, no Reply-To, the deleted person's name escaped", async () => {
    await sendAccountDeletedMail(services(), {
      to: { email: NEAREST.email, name: NEAREST.name, locale: "da" },
      deletedName: LEADER.name,
      deletedWasLeader: true,
    });
    const [mail] = await received();
    if (!mail) throw new Error("a mail expected");
    expectAutomatic(mail);
    expect(mail.text).toContain(`${LEADER.name} har slettet sin konto`);
    expect(mail.html).toContain("Lone &lt;b&gt;Ærø&lt;/b&gt;");
    await expectWellFormed(mail);
  });
});
