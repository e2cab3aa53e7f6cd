import PDFDocument from "pdfkit";
import type { KontraktFieldId } from "~/content/tool-types";
import type { Locale } from "~/i18n/locales";
import { PDF_FONTS, type PdfFont } from "./pdf-fonts.server";

/**
 * The lederkontrakt laid out on A4 like the tool's agreement template, as a tagged PDF: a screen
 * reader finds the title, one heading per field, paragraphs, and the agreements as a list; the
 * footer is marked as pagination, not content. It receives finished text only (translated, dates
 * formatted), so everything here is layout and structure.
 */

export interface PdfAgreement {
  id: string;
  text: string;
  /** "Opfølgning", "Sådan", …: label and value, printed under the agreement. */
  details: { label: string; value: string }[];
}

export type PdfAnswer =
  | { kind: "text"; text: string }
  | { kind: "agreements"; agreements: PdfAgreement[] }
  /** A field left blank: says so, rather than leaving a gap that looks like a printing fault. */
  | { kind: "empty"; text: string };

export interface PdfField {
  id: KontraktFieldId;
  heading: string;
  question: string;
  answer: PdfAnswer;
}

export interface KontraktPdfModel {
  language: Locale;
  metadata: { title: string; author: string; subject: string; creator: string; creationDate: Date };
  title: string;
  headerLines: string[];
  fields: PdfField[];
  credit: string;
  pageLabel: (page: number, total: number) => string;
}

const INK = "#1a1a1a";
const MUTED = "#555555";
const RULE = "#b8b8b8";

const BODY_SIZE = 10.5;
const SMALL_SIZE = 9.5;
const FOOTER_SIZE = 8;
const MARGIN = { top: 42, bottom: 68, left: 56, right: 56 };
const ANSWER_INDENT = 12;
const BULLET_WIDTH = 12;
const DETAIL_LABEL_WIDTH = 72;
/** A heading is not left alone at the foot of a page: it moves on with this much room for its text. */
const KEEP_WITH_NEXT = 70;

const LANGUAGE_TAGS: Record<Locale, string> = { da: "da", en: "en" };

type Doc = PDFKit.PDFDocument;
type Structure = PDFKit.PDFStructureElement;

export function renderKontraktPdfDocument(model: KontraktPdfModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    displayTitle: true,
    lang: LANGUAGE_TAGS[model.language],
    // Page numbers ("Side 2 af 3") need the page count, so pages are kept until the end.
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: model.metadata.title,
      Author: model.metadata.author,
      Subject: model.metadata.subject,
      Creator: model.metadata.creator,
      Producer: model.metadata.creator,
      CreationDate: model.metadata.creationDate,
    },
  });
  for (const [name, file] of Object.entries(PDF_FONTS)) doc.registerFont(name, file);

  const finished = collect(doc);
  const document = doc.struct("Document");
  doc.addStructure(document);

  drawHeader(doc, document, model);
  for (const field of model.fields) drawField(doc, document, field);
  document.end();
  drawFooters(doc, model);
  doc.end();
  return finished;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** A structure element holding what `children` draw (pdfkit marks their content with its type). */
function element(
  doc: Doc,
  type: string,
  children: PDFKit.PDFStructureElementChild | PDFKit.PDFStructureElementChild[],
): Structure {
  return doc.struct(type, {}, children);
}

function style(doc: Doc, font: PdfFont, size: number, color = INK): Doc {
  return doc.font(font).fontSize(size).fillColor(color);
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

function drawHeader(doc: Doc, parent: Structure, model: KontraktPdfModel): void {
  style(doc, "bold", 18);
  // Trailing spaces: a screen reader reads words apart across marked runs (pdfkit's accessibility guide).
  parent.add(element(doc, "H1", () => doc.text(`${model.title} `, { lineGap: 3 })));
  doc.moveDown(0.2);
  style(doc, "regular", SMALL_SIZE, MUTED);
  for (const line of model.headerLines) {
    parent.add(element(doc, "P", () => doc.text(`${line} `, { lineGap: 2 })));
  }
  const y = doc.y + 6;
  doc.markContent("Artifact", { type: "Layout" });
  doc
    .moveTo(MARGIN.left, y)
    .lineTo(doc.page.width - MARGIN.right, y)
    .lineWidth(1)
    .strokeColor(INK)
    .stroke();
  doc.endMarkedContent();
  doc.y = y + 14;
}

function drawField(doc: Doc, parent: Structure, field: PdfField): void {
  if (doc.y > doc.page.maxY() - KEEP_WITH_NEXT) doc.addPage();
  const section = doc.struct("Sect");
  parent.add(section);
  doc.x = MARGIN.left;
  style(doc, "bold", 12.5);
  section.add(element(doc, "H2", () => doc.text(`${field.heading} `, { lineGap: 1 })));
  style(doc, "regular", SMALL_SIZE, MUTED);
  section.add(element(doc, "P", () => doc.text(`${field.question} `, { lineGap: 1.5 })));
  doc.moveDown(0.5);
  drawAnswer(doc, section, field.answer);
  section.end();
  doc.moveDown(1);
}

function drawAnswer(doc: Doc, section: Structure, answer: PdfAnswer): void {
  const left = MARGIN.left + ANSWER_INDENT;
  const width = contentWidth(doc) - ANSWER_INDENT;
  const start = markRuleStart(doc);
  switch (answer.kind) {
    case "text":
      style(doc, "regular", BODY_SIZE);
      // One paragraph per line the leader typed, so their own line breaks stay and are read as such.
      for (const line of answer.text.split("\n")) {
        section.add(element(doc, "P", () => doc.text(`${line} `, left, doc.y, { width, lineGap: 3 })));
      }
      break;
    case "empty":
      style(doc, "italic", BODY_SIZE, MUTED);
      section.add(element(doc, "P", () => doc.text(`${answer.text} `, left, doc.y, { width, lineGap: 3 })));
      break;
    case "agreements":
      drawAgreements(doc, section, answer.agreements, left, width);
      break;
  }
  drawAnswerRule(doc, start);
  doc.x = MARGIN.left;
}

function drawAgreements(
  doc: Doc,
  section: Structure,
  agreements: PdfAgreement[],
  left: number,
  width: number,
): void {
  const list = doc.struct("L");
  section.add(list);
  for (const agreement of agreements) {
    const item = doc.struct("LI");
    list.add(item);
    // The bullet stays with its text: an agreement is capped at 2,000 characters, well under a page.
    style(doc, "bold", BODY_SIZE);
    const textHeight = doc.heightOfString(agreement.text, { width: width - BULLET_WIDTH, lineGap: 3 });
    if (doc.y + textHeight > doc.page.maxY()) doc.addPage();
    const top = doc.y;
    item.add(element(doc, "Lbl", () => doc.text("• ", left, top, { lineBreak: false })));
    const body = doc.struct("LBody");
    item.add(body);
    body.add(
      element(doc, "P", () =>
        doc.text(`${agreement.text} `, left + BULLET_WIDTH, top, { width: width - BULLET_WIDTH, lineGap: 3 }),
      ),
    );
    for (const detail of agreement.details)
      drawDetail(doc, body, detail, left + BULLET_WIDTH, width - BULLET_WIDTH);
    body.end();
    item.end();
    doc.moveDown(0.4);
  }
  list.end();
}

function drawDetail(
  doc: Doc,
  body: Structure,
  detail: { label: string; value: string },
  left: number,
  width: number,
): void {
  style(doc, "regular", SMALL_SIZE);
  const valueWidth = width - DETAIL_LABEL_WIDTH;
  const height = doc.heightOfString(detail.value, { width: valueWidth, lineGap: 2 });
  if (doc.y + height > doc.page.maxY()) doc.addPage();
  const top = doc.y;
  // Label and value are one paragraph for a screen reader ("Sådan: Jeg krydser af …").
  body.add(
    element(doc, "P", [
      () => {
        style(doc, "regular", SMALL_SIZE, MUTED);
        doc.text(`${detail.label} `, left, top, { width: DETAIL_LABEL_WIDTH - 4, lineBreak: false });
      },
      () => {
        style(doc, "regular", SMALL_SIZE);
        doc.text(`${detail.value} `, left + DETAIL_LABEL_WIDTH, top, { width: valueWidth, lineGap: 2 });
      },
    ]),
  );
}

interface RuleStart {
  page: number;
  y: number;
}

function currentPageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function markRuleStart(doc: Doc): RuleStart {
  return { page: currentPageIndex(doc), y: doc.y };
}

/** The grey rule left of an answer, on every page the answer runs over. */
function drawAnswerRule(doc: Doc, start: RuleStart): void {
  const endPage = currentPageIndex(doc);
  const endY = doc.y;
  for (let page = start.page; page <= endPage; page += 1) {
    doc.switchToPage(page);
    const top = page === start.page ? start.y : MARGIN.top;
    const bottom = page === endPage ? endY : doc.page.maxY();
    doc.markContent("Artifact", { type: "Layout" });
    doc
      .moveTo(MARGIN.left + 1, top)
      .lineTo(MARGIN.left + 1, bottom)
      .lineWidth(2)
      .strokeColor(RULE)
      .stroke();
    doc.endMarkedContent();
  }
  doc.switchToPage(endPage);
  doc.y = endY;
}

/** The credit and "Side n af total" on every page, marked as pagination artifacts. */
function drawFooters(doc: Doc, model: KontraktPdfModel): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const { page } = doc;
    // Text below the bottom margin would start a new page; the footer lives there, so lift it.
    page.margins.bottom = 0;
    const top = page.height - 42;
    const width = contentWidth(doc);
    doc.markContent("Artifact", { type: "Pagination", attached: ["Bottom"] });
    doc
      .moveTo(MARGIN.left, top)
      .lineTo(page.width - MARGIN.right, top)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    style(doc, "regular", FOOTER_SIZE, MUTED);
    const creditWidth = width - 100;
    doc.text(model.credit, MARGIN.left, top + 6, { width: creditWidth, lineGap: 1 });
    // On the credit's last line, so text extraction reads the credit whole, then the page number.
    const lastLineTop = top + 6 + doc.heightOfString(model.credit, { width: creditWidth, lineGap: 1 });
    doc.text(
      model.pageLabel(index + 1, range.count),
      MARGIN.left + width - 90,
      lastLineTop - doc.currentLineHeight(true),
      {
        width: 90,
        align: "right",
        lineBreak: false,
      },
    );
    doc.endMarkedContent();
    page.margins.bottom = MARGIN.bottom;
  }
}
