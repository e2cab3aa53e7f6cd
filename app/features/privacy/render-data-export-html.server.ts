import type { TFunction } from "i18next";
import { formatDateTime, formatLocalDate, formatWallTime } from "~/i18n/format-date";
import type { Locale } from "~/i18n/locales";
import { escapeHtml } from "~/platform/mail/escape-html.server";
import type { exportUserData } from "./export-user-data.server";

type Exported = NonNullable<Awaited<ReturnType<typeof exportUserData>>>;

/** A person's own words with their line breaks, always as text. */
const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line) || "&nbsp;"}</p>`)
    .join("");

/**
 * The data export as a page a person can read and keep (issue 14, finding 7): the same content as
 * the JSON, each text under the question it answers, with whom each dialogue was, and what the app
 * keeps about the account. A standalone file with no script and no outside request.
 */
export function renderDataExportHtml(data: Exported, options: { t: TFunction; locale: Locale }): string {
  const { t, locale } = options;
  const when = (iso: string | null) => (iso ? formatDateTime(new Date(iso), locale) : "–");
  const section = (title: string, body: string) => `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
  const list = (items: string[]) =>
    items.length ? `<ul>${items.join("")}</ul>` : `<p>${escapeHtml(t("dataExport.none"))}</p>`;

  const cycles = data.cycles
    .map((cycle, index) => {
      const answers = cycle.answers
        .map(
          (answer) =>
            `<article><h4>${escapeHtml(answer.part)}</h4>${answer.question ? `<p class="q">${escapeHtml(answer.question)}</p>` : ""}<div class="a">${paragraphs(answer.text)}</div></article>`,
        )
        .join("");
      const agreements = list(
        cycle.agreements.map(
          (agreement) =>
            `<li><strong>${escapeHtml(agreement.text)}</strong>${agreement.followUpHow ? ` — ${escapeHtml(agreement.followUpHow)}` : ""} (${escapeHtml(t(`dataExport.status.${agreement.status}`))})</li>`,
        ),
      );
      return `<section><h3>${escapeHtml(t("dataExport.cycle", { number: index + 1, date: when(cycle.startedAt) }))}</h3>${answers || `<p>${escapeHtml(t("dataExport.none"))}</p>`}<h4>${escapeHtml(t("dataExport.agreements"))}</h4>${agreements}</section>`;
    })
    .join("");

  const dialogues = list(
    data.dialogues.map((dialogue) => {
      const other = dialogue.with ? `${dialogue.with.name} (${dialogue.with.email})` : t("dataExport.nobody");
      const notes = dialogue.notes.trim() ? `<div class="a">${paragraphs(dialogue.notes)}</div>` : "";
      return `<li><strong>${escapeHtml(formatLocalDate(dialogue.startsOn, locale))} ${escapeHtml(formatWallTime(dialogue.startsAt, locale))}</strong>, ${escapeHtml(dialogue.location)} — ${escapeHtml(t("dataExport.with", { name: other }))}${notes}</li>`;
    }),
  );
  const records = [
    list(
      data.invitationsSent.map(
        (row) =>
          `<li>${escapeHtml(t("dataExport.invitation", { email: row.email, date: when(row.sentAt) }))}</li>`,
      ),
    ),
    list(data.linkedSignIns.map((row) => `<li>${escapeHtml(`${row.email} — ${when(row.linkedAt)}`)}</li>`)),
    list(
      data.sessions.map((row) => `<li>${escapeHtml(`${when(row.startedAt)} · ${row.device ?? ""}`)}</li>`),
    ),
    list(data.securityLog.map((row) => `<li>${escapeHtml(`${when(row.at)} · ${row.event}`)}</li>`)),
  ];
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("dataExport.title", { name: data.account.name }))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}.q{color:#4a4a4a}.a{border-left:3px solid #b8b8b8;padding-left:.75rem}.a p{margin:.25rem 0}</style>
</head>
<body>
<h1>${escapeHtml(t("dataExport.title", { name: data.account.name }))}</h1>
<p>${escapeHtml(t("dataExport.intro", { date: when(data.exportedAt) }))}</p>
${section(t("dataExport.account"), `<p>${escapeHtml(`${data.account.name} · ${data.account.email}`)}</p>`)}
${section(t("dataExport.cycles"), cycles || `<p>${escapeHtml(t("dataExport.none"))}</p>`)}
${section(t("dataExport.dialogues"), dialogues)}
${section(t("dataExport.invitations"), records[0] ?? "")}
${section(t("dataExport.linkedSignIns"), records[1] ?? "")}
${section(t("dataExport.sessions"), records[2] ?? "")}
${section(t("dataExport.securityLog"), records[3] ?? "")}
</body>
</html>
`;
}
