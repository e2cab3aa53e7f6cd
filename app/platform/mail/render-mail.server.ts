import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import { escapeHtml } from "~/platform/mail/escape-html.server";
import type { MailMessage } from "./mailer.server";

/** A link with the words that say where it goes: the HTML shows the words, the text the address. */
export interface MailLink {
  /** The sentence before the link, e.g. "Open the link below to choose a new password." */
  lead?: string;
  /** The link's own text in HTML: what it does ("Vælg en ny adgangskode"), never "click here". */
  label: string;
  href: string;
}

/** A paragraph (a "\n" in it is a line break) or a link. */
export type MailBlock = string | MailLink;

/** Someone a reply reaches: the person behind the mail. */
export interface MailPerson {
  name: string;
  email: string;
}

/** One mail as parts; renderMail turns them into the text and the HTML from the same blocks. */
export interface MailParts {
  to: string;
  locale: Locale;
  subject: string;
  greeting?: string;
  body: MailBlock[];
  /**
   * The person behind the mail: the inviting leader, the HR person who sent the roll-out. A reply
   * goes to them (Reply-To) and the footer says so. None for mails no person sent (account mails,
   * reminders): From is an address nobody reads, and the footer says that instead.
   */
  replyTo?: MailPerson;
  /**
   * RFC 3834: true for mails the app writes by itself (reminders, account mails, notices), so mail
   * programs send no out-of-office answer. False for a mail a person sent through the app (an
   * invitation, a roll-out): an "away until Monday" answer is news for the person behind it.
   */
  automatic: boolean;
  /** One-click unsubscribe (RFC 8058): in the footer and as List-Unsubscribe headers. */
  unsubscribe?: MailLink;
  icalEvent?: MailMessage["icalEvent"];
}

/**
 * The one function every mail is rendered by: the same parts as text/plain and as an accessible
 * text/html beside it (multipart/alternative): language, title, real link text, no tables, no
 * images, every value escaped.
 */
export function renderMail(parts: MailParts): MailMessage {
  const { t } = serverI18n(parts.locale);
  const signature = t("mail.parts.signature");
  const footer: MailBlock[] = [
    parts.replyTo ? t("mail.parts.replyGoesTo", { name: parts.replyTo.name }) : t("mail.parts.noReply"),
    ...(parts.unsubscribe ? [parts.unsubscribe] : []),
  ];
  const blocks = [...(parts.greeting ? [parts.greeting] : []), ...parts.body, signature];
  const headers: Record<string, string> = {};
  if (parts.automatic) {
    headers["Auto-Submitted"] = "auto-generated";
    // Exchange and Outlook look at this one rather than at Auto-Submitted.
    headers["X-Auto-Response-Suppress"] = "All";
  }
  if (parts.unsubscribe) {
    headers["List-Unsubscribe"] = `<${parts.unsubscribe.href}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return {
    to: parts.to,
    subject: parts.subject,
    text: `${[...blocks, ...footer].map(blockAsText).join("\n\n")}\n`,
    html: renderHtml(parts.locale, parts.subject, blocks, footer),
    ...(parts.replyTo ? { replyTo: { name: parts.replyTo.name, address: parts.replyTo.email } } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(parts.icalEvent ? { icalEvent: parts.icalEvent } : {}),
  };
}

function blockAsText(block: MailBlock): string {
  if (typeof block === "string") return block;
  return block.lead ? `${block.lead}\n${block.href}` : block.href;
}

const TEXT_STYLE = "margin:0 0 1em;";
const LINK_STYLE = "color:#1f4e79;font-weight:600;text-decoration:underline;";
const FOOTER_STYLE =
  "margin:2em 0 0;padding-top:1em;border-top:1px solid #747474;color:#4a4a4a;font-size:14px;";

function renderHtml(locale: Locale, subject: string, blocks: MailBlock[], footer: MailBlock[]): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    "</head>",
    '<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;">',
    "<div style=\"max-width:36em;margin:0 auto;padding:24px 16px;font-family:'IBM Plex Sans','Segoe UI',system-ui,sans-serif;font-size:16px;line-height:1.5;\">",
    "<main>",
    ...blocks.map(blockAsHtml),
    "</main>",
    `<footer style="${FOOTER_STYLE}">`,
    ...footer.map(blockAsHtml),
    "</footer>",
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function blockAsHtml(block: MailBlock): string {
  if (typeof block === "string") return `<p style="${TEXT_STYLE}">${withLineBreaks(block)}</p>`;
  const link = `<p style="${TEXT_STYLE}"><a href="${escapeHtml(block.href)}" style="${LINK_STYLE}">${escapeHtml(block.label)}</a></p>`;
  return block.lead ? `<p style="${TEXT_STYLE}">${withLineBreaks(block.lead)}</p>\n${link}` : link;
}

function withLineBreaks(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}
