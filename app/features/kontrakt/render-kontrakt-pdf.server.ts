import type { TFunction } from "i18next";
import { getToolContent } from "~/content/get-tool-content";
import type { KontraktField, KontraktFieldId } from "~/content/tool-types";
import type { Agreement } from "~/features/agreements/agreement";
import { formatDate, formatLocalDate } from "~/i18n/format-date";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AgreementKind, AgreementStatus } from "~/platform/db/column-values/agreement-types";
import { type PdfAgreement, type PdfAnswer, renderKontraktPdfDocument } from "./kontrakt-pdf-document.server";

export interface KontraktPdfInput {
  locale: Locale;
  leaderName: string;
  cycleStartedAt: Date;
  texts: { goals: string; wellbeing: string; alignWithLeader: string };
  /** Both kinds; only status "active" and "completed" are printed, in position order. */
  agreements: Agreement[];
  /** Parts the leader chose to leave out of this copy (it may be shown to others). */
  omit: KontraktFieldId[];
  now?: Date;
}

type TextFieldId = keyof KontraktPdfInput["texts"];

// `satisfies` makes a new agreement field in KONTRAKT_FIELD_IDS a type error here, not a blank box.
const AGREEMENT_KIND_BY_FIELD = {
  agreementsWithSelf: "self",
  agreementsWithLeader: "leader",
} as const satisfies Record<Exclude<KontraktFieldId, TextFieldId>, AgreementKind>;

function isAgreementField(id: KontraktFieldId): id is keyof typeof AGREEMENT_KIND_BY_FIELD {
  return Object.hasOwn(AGREEMENT_KIND_BY_FIELD, id);
}

/** A dropped agreement is no longer part of the kontrakt; a completed one is part of its story. */
const PRINTED_STATUSES: readonly AgreementStatus[] = ["active", "completed"];

/**
 * The leader's kontrakt as an A4 PDF in the leader's language, laid out like the tool's agreement
 * template, with BFA credited on every page as the tool's publisher (every exported PDF does; decision 008).
 */
export async function renderKontraktPdf(input: KontraktPdfInput): Promise<Buffer> {
  const { t } = serverI18n(input.locale);
  const tool = getToolContent(input.locale);
  const now = input.now ?? new Date();

  const fields = tool.kontraktFields
    .filter((field) => !input.omit.includes(field.id))
    .map((field) => ({
      id: field.id,
      heading: `${field.number}. ${field.title}`,
      question: field.question,
      answer: answerFor(field, input, t),
    }));

  return renderKontraktPdfDocument({
    language: input.locale,
    metadata: {
      title: t("pdf.documentTitle", { name: input.leaderName }),
      author: input.leaderName,
      subject: tool.kontraktTitle,
      creator: t("meta.appName"),
      creationDate: now,
    },
    title: tool.kontraktTitle,
    headerLines: [
      t("pdf.preparedBy", { name: input.leaderName }),
      t("pdf.date", { date: formatDate(now, input.locale) }),
      t("pdf.cycleStarted", { date: formatDate(input.cycleStartedAt, input.locale) }),
    ],
    fields,
    credit: t("kontrakt.printCredit"),
    pageLabel: (page, total) => t("pdf.page", { page, total }),
  });
}

function answerFor(field: KontraktField, input: KontraktPdfInput, t: TFunction): PdfAnswer {
  if (isAgreementField(field.id)) {
    const kind = AGREEMENT_KIND_BY_FIELD[field.id];
    const agreements = input.agreements
      .filter((agreement) => agreement.kind === kind && PRINTED_STATUSES.includes(agreement.status))
      .sort((a, b) => a.position - b.position)
      .map((agreement) => toPdfAgreement(agreement, input.locale, t));
    return agreements.length > 0
      ? { kind: "agreements", agreements }
      : { kind: "empty", text: t("pdf.noAgreements") };
  }
  // Normalised so a text typed on Windows keeps its line breaks without doubling them.
  const text = input.texts[field.id].replace(/\r\n?/g, "\n").trim();
  return text ? { kind: "text", text } : { kind: "empty", text: t("pdf.noText") };
}

function toPdfAgreement(agreement: Agreement, locale: Locale, t: TFunction): PdfAgreement {
  const details: PdfAgreement["details"] = [];
  const when = describeFollowUpWhen(agreement, locale, t);
  if (when) details.push({ label: t("pdf.followUp"), value: when });
  const how = agreement.followUpHow.trim();
  if (how) details.push({ label: t("pdf.how"), value: how });
  if (agreement.status === "completed") details.push({ label: t("pdf.status"), value: t("pdf.completed") });
  return { id: agreement.id, text: agreement.text.trim(), details };
}

/** "Hver 14. dag fra 3. marts 2026", "Én gang, den 3. marts 2026", or just "Hver uge". */
function describeFollowUpWhen(agreement: Agreement, locale: Locale, t: TFunction): string | null {
  const date = agreement.followUpDate ? formatLocalDate(agreement.followUpDate, locale) : null;
  if (agreement.recurrence) {
    const recurrence = t(`recurrence.${agreement.recurrence}`);
    return date ? t("pdf.recurringFrom", { recurrence, date }) : recurrence;
  }
  return date ? t("pdf.onceOn", { recurrence: t("recurrence.once"), date }) : null;
}
