import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { KontraktFieldId } from "~/content/tool-types";
import type { Locale } from "~/i18n/locales";

/**
 * The lederkontrakt laid out on A4 like the tool's agreement template. It receives finished text
 * only (translated, dates formatted), so everything here is layout.
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
const BULLET_WIDTH = 12;

// A unitless lineHeight is multiplied by the fontSize of the same style (not the inherited one), so
// every style that sets lineHeight also sets its fontSize.
const styles = StyleSheet.create({
  // The bottom padding keeps flowing text clear of the fixed footer.
  page: {
    paddingTop: 42,
    paddingBottom: 68,
    paddingHorizontal: 56,
    fontFamily: "Helvetica",
    fontSize: BODY_SIZE,
  },
  header: { marginBottom: 14, paddingBottom: 8, borderBottomWidth: 1, borderBottomColor: INK },
  title: { fontFamily: "Helvetica-Bold", fontSize: 18, lineHeight: 1.2, color: INK, marginBottom: 6 },
  headerLine: { fontSize: SMALL_SIZE, lineHeight: 1.4, color: MUTED },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 12.5, lineHeight: 1.25, color: INK, marginBottom: 2 },
  question: { fontSize: SMALL_SIZE, lineHeight: 1.35, color: MUTED, marginBottom: 6 },
  answer: { marginBottom: 12, borderLeftWidth: 2, borderLeftColor: RULE, paddingLeft: 10, color: INK },
  answerText: { fontSize: BODY_SIZE, lineHeight: 1.45 },
  empty: { fontFamily: "Helvetica-Oblique", fontSize: BODY_SIZE, lineHeight: 1.45, color: MUTED },
  agreement: { marginBottom: 6 },
  agreementLine: { flexDirection: "row" },
  bullet: { width: BULLET_WIDTH, fontSize: BODY_SIZE, lineHeight: 1.45 },
  agreementText: { flex: 1, fontFamily: "Helvetica-Bold", fontSize: BODY_SIZE, lineHeight: 1.45 },
  detail: { flexDirection: "row", marginLeft: BULLET_WIDTH },
  detailLabel: { width: 72, fontSize: SMALL_SIZE, lineHeight: 1.4, color: MUTED },
  detailValue: { flex: 1, fontSize: SMALL_SIZE, lineHeight: 1.4 },
  footer: {
    position: "absolute",
    bottom: 26,
    left: 56,
    right: 56,
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 6,
    paddingRight: 100,
    color: MUTED,
  },
  credit: { fontSize: FOOTER_SIZE, lineHeight: 1.3 },
  // react-pdf fills in page numbers after layout, in a box of fixed width; with a lineHeight it
  // prints nothing at all (react-pdf 4.9), hence none here.
  pageNumber: {
    position: "absolute",
    bottom: 27,
    right: 56,
    width: 90,
    textAlign: "right",
    fontSize: FOOTER_SIZE,
    color: MUTED,
  },
});

// react-pdf hyphenates with English patterns by default, which splits Danish words wrongly and puts
// hyphens into the leader's own words. Lines break between words only.
const keepWordsWhole = (word: string) => [word];

export function KontraktPdfDocument({ model }: { model: KontraktPdfModel }) {
  return (
    <Document {...model.metadata} language={model.language}>
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <Text style={styles.title} hyphenationCallback={keepWordsWhole}>
            {model.title}
          </Text>
          {model.headerLines.map((line) => (
            <Text key={line} style={styles.headerLine}>
              {line}
            </Text>
          ))}
        </View>
        {model.fields.map((field) => (
          <FieldSection key={field.id} field={field} />
        ))}
        <Footer credit={model.credit} pageLabel={model.pageLabel} />
      </Page>
    </Document>
  );
}

function FieldSection({ field }: { field: PdfField }) {
  return (
    // Heading and answer are siblings on the page, not wrapped in one View: react-pdf only moves a
    // heading that would end a page (minPresenceAhead) when something precedes it in its parent.
    <>
      <View wrap={false} minPresenceAhead={40}>
        <Text style={styles.heading} hyphenationCallback={keepWordsWhole}>
          {field.heading}
        </Text>
        <Text style={styles.question} hyphenationCallback={keepWordsWhole}>
          {field.question}
        </Text>
      </View>
      <View style={styles.answer}>
        <Answer answer={field.answer} />
      </View>
    </>
  );
}

function Answer({ answer }: { answer: PdfAnswer }) {
  switch (answer.kind) {
    case "text":
      // One Text with the leader's own line breaks: react-pdf breaks lines at "\n" and can split
      // a long answer across pages.
      return (
        <Text style={styles.answerText} hyphenationCallback={keepWordsWhole}>
          {answer.text}
        </Text>
      );
    case "empty":
      return <Text style={styles.empty}>{answer.text}</Text>;
    case "agreements":
      return answer.agreements.map((agreement) => <AgreementItem key={agreement.id} agreement={agreement} />);
  }
}

function AgreementItem({ agreement }: { agreement: PdfAgreement }) {
  return (
    <View style={styles.agreement}>
      {/* The bullet stays with its text across a page break. Safe to keep unbroken: the agreement
          schema caps the text at 2,000 characters, well under a page. */}
      <View style={styles.agreementLine} wrap={false}>
        <Text style={styles.bullet}>•</Text>
        <Text style={styles.agreementText} hyphenationCallback={keepWordsWhole}>
          {agreement.text}
        </Text>
      </View>
      {agreement.details.map((detail) => (
        <View key={detail.label} style={styles.detail}>
          <Text style={styles.detailLabel}>{detail.label}</Text>
          <Text style={styles.detailValue} hyphenationCallback={keepWordsWhole}>
            {detail.value}
          </Text>
        </View>
      ))}
    </View>
  );
}

function Footer({ credit, pageLabel }: Pick<KontraktPdfModel, "credit" | "pageLabel">) {
  return (
    <>
      <View style={styles.footer} fixed>
        <Text style={styles.credit} hyphenationCallback={keepWordsWhole}>
          {credit}
        </Text>
      </View>
      <Text
        style={styles.pageNumber}
        fixed
        render={({ pageNumber, totalPages }) => pageLabel(pageNumber, totalPages)}
      />
    </>
  );
}
