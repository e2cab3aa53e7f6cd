import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import type { KontraktField } from "~/content/tool-types";
import { AddAgreementForm } from "~/features/agreements/add-agreement-form";
import { newAgreementSchema } from "~/features/agreements/agreement.schema";
import { agreementFieldsFromInput } from "~/features/agreements/agreement-fields-from-input.server";
import { AgreementList } from "~/features/agreements/agreement-list";
import { createAgreement, listAgreements } from "~/features/agreements/agreements.server";
import { AutosaveProvider } from "~/features/autosave/autosave-context";
import { AutosaveField } from "~/features/autosave/autosave-field";
import { SaveStatus } from "~/features/autosave/save-status";
import { findCycleTexts, textRevisions } from "~/features/cycles/cycle-texts.server";
import { requireActiveCycle } from "~/features/cycles/require-active-cycle.server";
import { savePostedTexts } from "~/features/cycles/save-posted-texts.server";
import { KONTRAKT_TEXT_FIELDS, type KontraktTextField, kontraktTextKey } from "~/features/cycles/text-keys";
import { carryNoteIntoField } from "~/features/kontrakt/carry-note-into-field.server";
import { CarryOverNotes } from "~/features/kontrakt/carry-over-notes";
import { kontraktActionSchema } from "~/features/kontrakt/kontrakt-actions.schema";
import { KontraktPdfForm } from "~/features/kontrakt/kontrakt-pdf-form";
import { preparationNotesForField } from "~/features/kontrakt/preparation-notes-for-field.server";
import { formatDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import type { AgreementKind } from "~/platform/db/column-values/agreement-types";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { FlashNotices } from "~/ui/flash-notices";
import type { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import { StepIndicator } from "~/ui/step-indicator";
import type { Route } from "./+types/kontrakt.route";

export const handle: TextsHandle = { texts: ["forms", "preparation", "agreements"] };

const TEXTS_FORM_ID = "kontrakt-texts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, cycle, db } = await requireActiveCycle(context, request);
  const tool = getToolContent(context.get(localeContext));
  const [texts, agreements] = await Promise.all([findCycleTexts(db, cycle.id), listAgreements(db, cycle.id)]);
  const bodies = Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.body]));
  const notes = Object.fromEntries(
    KONTRAKT_TEXT_FIELDS.map((field) => [field, preparationNotesForField(field, tool, bodies)]),
  ) as Record<KontraktTextField, ReturnType<typeof preparationNotesForField>>;
  const kontraktBodies = Object.fromEntries(
    KONTRAKT_TEXT_FIELDS.map((field) => [kontraktTextKey(field), bodies[kontraktTextKey(field)] ?? ""]),
  );
  return {
    cycleId: cycle.id,
    revisions: textRevisions(texts),
    title: tool.kontraktTitle,
    fields: tool.kontraktFields,
    kontraktBodies,
    notes,
    agreements,
    leaderName: user.name,
    printedOn: formatDate(new Date(), context.get(localeContext)),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { cycle, db } = await requireActiveCycle(context, request);
  const form = await readFormData(request);
  // Without a known list or intent there is no form to show errors on.
  const parsed = parseWithZod(form, { schema: kontraktActionSchema });
  if (parsed.status !== "success") throw data({ error: "validation.formInvalid" }, { status: 400 });
  if (parsed.value.intent === "addAgreement") {
    const { kind } = parsed.value;
    if (kind === undefined) throw data({ error: "validation.formInvalid" }, { status: 400 });
    const submission = parseWithZod(form, { schema: newAgreementSchema });
    if (submission.status !== "success") {
      return data({ kind, result: submission.reply(), error: null }, { status: 400 });
    }
    await createAgreement(db, { cycle, fields: agreementFieldsFromInput(submission.value) });
    const place = `aftaler-${submission.value.kind}` as const;
    return redirectWithFlash(
      context.get(servicesContext).config,
      `${href("/min-lederdialog/kontrakt")}#${place}`,
      [{ key: "agreements.added", at: place }],
    );
  }
  // The texts form (without JavaScript): save what was typed first, then carry a note if asked.
  const { isTooLong, refused } = await savePostedTexts(db, {
    cycle,
    form,
    locale: context.get(localeContext),
  });
  if (isTooLong)
    return data(
      { kind: null, result: undefined, error: "validation.textTooLong" as const, refused },
      { status: 413 },
    );
  const { config } = context.get(servicesContext);
  const { carry } = parsed.value;
  if (carry !== undefined) {
    const isCarried = await carryNoteIntoField(db, { cycle, value: carry });
    const field = KONTRAKT_TEXT_FIELDS.find((item) => carry.endsWith(`>${kontraktTextKey(item)}`));
    // The fragment brings the field back into view, and the notice beside it says whether the
    // note went in.
    const key = isCarried ? "kontrakt.carried" : "kontrakt.saved";
    return field
      ? redirectWithFlash(config, `${href("/min-lederdialog/kontrakt")}#felt-${field}`, [
          { key, at: `felt-${field}` },
        ])
      : redirectWithFlash(config, href("/min-lederdialog/kontrakt"), [{ key }]);
  }
  // The kontrakt's own texts, not notes: its own words (issue 15).
  return redirectWithFlash(config, href("/min-lederdialog/kontrakt"), [{ key: "kontrakt.saved" }]);
}

export default function Kontrakt({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const refused: Record<string, string> = actionData && "refused" in actionData ? actionData.refused : {};
  const { fields, kontraktBodies, notes, agreements } = loaderData;
  return (
    <AutosaveProvider
      scope={loaderData.cycleId}
      serverBodies={kontraktBodies}
      serverRevisions={loaderData.revisions}
    >
      <PageTitle title={t("kontrakt.title")} />
      <StepIndicator current={2} />
      <h1>{t("kontrakt.title")}</h1>
      <p className="eyebrow">{loaderData.title}</p>
      <p className="lead no-print">{t("kontrakt.intro")}</p>
      <p className="print-only">
        {t("kontrakt.printedFor", { name: loaderData.leaderName, date: loaderData.printedOn })}
      </p>
      {actionData?.error ? (
        <p className="notice notice--warning" role="alert">
          {t(actionData.error)}
        </p>
      ) : null}
      {fields.map((field) =>
        field.isAgreementList ? (
          <AgreementSection
            key={field.id}
            field={field}
            kind={field.id === "agreementsWithSelf" ? "self" : "leader"}
            agreements={agreements.filter(
              (a) => a.kind === (field.id === "agreementsWithSelf" ? "self" : "leader"),
            )}
            totalAgreements={agreements.length}
            lastResult={
              actionData?.kind === (field.id === "agreementsWithSelf" ? "self" : "leader")
                ? actionData.result
                : undefined
            }
          />
        ) : (
          <section
            key={field.id}
            className="kontrakt-section"
            aria-labelledby={`felt-${field.id}-title`}
            id={`felt-${field.id}`}
          >
            <FieldHeading field={field} />
            <FlashNotices at={`felt-${field.id as KontraktTextField}`} />
            <div className="kontrakt-section__body">
              <AutosaveField
                textKey={kontraktTextKey(field.id as KontraktTextField)}
                label={`${field.number}. ${field.title}`}
                describedById={`felt-${field.id}-question`}
                initialBody={kontraktBodies[kontraktTextKey(field.id as KontraktTextField)] ?? ""}
                refusedBody={refused[kontraktTextKey(field.id as KontraktTextField)]}
                rows={5}
                isLabelHidden
                form={TEXTS_FORM_ID}
              />
              {/* Beside the field at desktop: the drawers take no height of their own while folded. */}
              <div className="kontrakt-section__drawers">
                <CarryOverNotes
                  notes={notes[field.id as KontraktTextField]}
                  targetKey={kontraktTextKey(field.id as KontraktTextField)}
                  form={TEXTS_FORM_ID}
                />
                <ExampleLines field={field} />
              </div>
            </div>
          </section>
        ),
      )}
      <Form method="post" id={TEXTS_FORM_ID} className="sticky-actions">
        <input type="hidden" name="intent" value="saveTexts" />
        <SaveStatus />
        <button type="submit" className="button button--secondary">
          {t("autosave.saveButton")}
        </button>
      </Form>
      <p className="print-only">{t("kontrakt.printCredit")}</p>
      <KontraktPdfForm fields={fields} />
      <p className="no-print kontrakt-next">
        <Link className="button button--primary" to={href("/min-lederdialog/dialog")}>
          {t("kontrakt.toDialogue")}
        </Link>
        <Link to={href("/min-lederdialog/kalender")}>{t("calendarFeed.link")}</Link>
      </p>
    </AutosaveProvider>
  );
}

function FieldHeading({ field }: { field: KontraktField }) {
  return (
    <>
      <h2 id={`felt-${field.id}-title`}>
        {field.number}. {field.title}
      </h2>
      <p className="kontrakt-section__question" id={`felt-${field.id}-question`}>
        {field.question}
      </p>
    </>
  );
}

function ExampleLines({ field }: { field: KontraktField }) {
  const { t } = useTranslation();
  return (
    <details className="example">
      <summary>{t("kontrakt.showExample")}</summary>
      <ul className="example-lines">
        {field.example.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

function AgreementSection(props: {
  field: KontraktField;
  kind: AgreementKind;
  agreements: Route.ComponentProps["loaderData"]["agreements"];
  /** All the cycle's agreements, both lists: it grows only when one is added. */
  totalAgreements: number;
  lastResult: Parameters<typeof useValidatedForm>[1];
}) {
  return (
    <section
      className="kontrakt-section"
      aria-labelledby={`felt-${props.field.id}-title`}
      id={`aftaler-${props.kind}`}
    >
      <FieldHeading field={props.field} />
      <FlashNotices at={`aftaler-${props.kind}`} />
      <AgreementList agreements={props.agreements} />
      {/* Folded side by side until one is wanted (issue 15, item 8). */}
      <div className="kontrakt-section__drawers--row">
        <AddAgreementForm
          // A new agreement is a fresh form, folded: what was added cannot be added twice by a
          // second press (review of issue 15). Moving one between the lists keeps the total.
          key={props.totalAgreements}
          formId={`add-${props.kind}`}
          kind={props.kind}
          lastResult={props.lastResult}
        />
        <ExampleLines field={props.field} />
      </div>
    </section>
  );
}
