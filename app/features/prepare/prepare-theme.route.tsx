import { data, Form, href, Link, redirect } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import { THEME_IDS } from "~/content/tool-types";
import { AutosaveProvider } from "~/features/autosave/autosave-context";
import { AutosaveField } from "~/features/autosave/autosave-field";
import { SaveStatus } from "~/features/autosave/save-status";
import { findCycleTexts, textRevisions } from "~/features/cycles/cycle-texts.server";
import { setCurrentTheme } from "~/features/cycles/cycles.server";
import { findPreparationTime } from "~/features/cycles/preparation-time.server";
import { requireActiveCycle } from "~/features/cycles/require-active-cycle.server";
import { savePostedTexts } from "~/features/cycles/save-posted-texts.server";
import { questionNoteKey, sideNoteKey, themeNoteKey } from "~/features/cycles/text-keys";
import { PreparationTimeGuide } from "~/features/prepare/preparation-time-guide";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { PageTitle } from "~/ui/page-title";
import { StepIndicator } from "~/ui/step-indicator";
import { WholeWayRoundFigure } from "~/ui/tool/whole-way-round-figure";
import type { Route } from "./+types/prepare-theme.route";

export const handle: TextsHandle = { texts: ["forms", "preparation"] };

/** Themes are addressed 1–3 in the URL, as the tool numbers them. */
function themeIndexFromParam(param: string): number {
  const index = Number(param) - 1;
  if (!Number.isInteger(index) || index < 0 || index >= THEME_IDS.length) throw data(null, { status: 404 });
  return index;
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { user, cycle, db } = await requireActiveCycle(context, request);
  const index = themeIndexFromParam(params.theme);
  const tool = getToolContent(context.get(localeContext));
  const theme = tool.themes[index];
  if (!theme) throw data(null, { status: 404 });
  // Where to resume: written only when it changes, so reading the page is not a write.
  if (cycle.current_theme !== theme.id) await setCurrentTheme(db, cycle.id, theme.id);
  const [texts, time] = await Promise.all([findCycleTexts(db, cycle.id), findPreparationTime(db, cycle.id)]);
  const bodies = Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.body]));
  return {
    cycleId: cycle.id,
    revisions: textRevisions(texts),
    leaderName: user.name,
    number: index + 1,
    total: tool.themes.length,
    theme,
    expectationSides: index === 0 ? tool.expectationSides : [],
    bodies,
    secondsOnTheme: time[theme.id] ?? 0,
    secondsInAll: Object.values(time).reduce((sum, seconds) => sum + seconds, 0),
    totalMinutes: tool.themes.reduce((sum, item) => sum + item.suggestedMinutes, 0),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { cycle, db } = await requireActiveCycle(context, request);
  const index = themeIndexFromParam(params.theme);
  const form = await readFormData(request);
  const { isTooLong, refused } = await savePostedTexts(db, {
    cycle,
    form,
    locale: context.get(localeContext),
  });
  if (isTooLong) return data({ error: "validation.textTooLong" as const, refused }, { status: 413 });
  const goto = form.get("goto");
  if (goto === "kontrakt") return redirect(href("/min-lederdialog/kontrakt"));
  if (typeof goto === "string" && /^[1-3]$/.test(goto))
    return redirect(href("/min-lederdialog/forbered/:theme", { theme: goto }));
  return redirectWithFlash(
    context.get(servicesContext).config,
    href("/min-lederdialog/forbered/:theme", { theme: String(index + 1) }),
    [{ key: "autosave.savedNotice" }],
  );
}

export default function PrepareTheme({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const refused: Record<string, string> = actionData?.refused ?? {};
  const { theme, number, total, bodies } = loaderData;
  return (
    <AutosaveProvider scope={loaderData.cycleId} serverBodies={bodies} serverRevisions={loaderData.revisions}>
      <PageTitle title={`${t("prepare.title")}: ${theme.title}`} />
      <StepIndicator current={1} />
      <p className="eyebrow">{t("prepare.themeOf", { number, total })}</p>
      <h1>
        {theme.number}. {theme.title}
      </h1>
      {actionData?.error ? (
        <p className="notice notice--warning" role="alert">
          {t(actionData.error)}
        </p>
      ) : null}
      <Form method="post" className="prepare-form" key={theme.id}>
        <AutosaveField
          textKey={themeNoteKey(theme.id)}
          label={theme.mainQuestion}
          hint={t("prepare.mainQuestionNote")}
          initialBody={bodies[themeNoteKey(theme.id)] ?? ""}
          refusedBody={refused[themeNoteKey(theme.id)]}
          rows={6}
        />
        {/* After the theme's question, not before it: on a phone the question's field is then on
            the first screen (issue 15). */}
        <PreparationTimeGuide
          themeId={theme.id}
          suggestedMinutes={theme.suggestedMinutes}
          totalMinutes={loaderData.totalMinutes}
          secondsInAll={loaderData.secondsInAll}
        />

        {loaderData.expectationSides.length > 0 ? (
          <section aria-labelledby="whole-way-heading" className="panel">
            <h2 id="whole-way-heading">{t("prepare.wholeWayTitle")}</h2>
            <p>{t("prepare.wholeWayIntro")}</p>
            <WholeWayRoundFigure sides={loaderData.expectationSides} />
            {loaderData.expectationSides.map((side) => (
              <AutosaveField
                key={side.id}
                textKey={sideNoteKey(side.id)}
                label={side.label}
                hint={side.prompt}
                initialBody={bodies[sideNoteKey(side.id)] ?? ""}
                refusedBody={refused[sideNoteKey(side.id)]}
                rows={2}
              />
            ))}
          </section>
        ) : null}

        <section aria-labelledby="support-heading">
          <h2 id="support-heading">{t("prepare.supportTitle")}</h2>
          <p>{t("prepare.supportIntro")}</p>
          <ol className="support-questions">
            {theme.supportQuestions.map((question, questionIndex) => {
              const key = questionNoteKey(theme.id, questionIndex);
              const body = bodies[key] ?? "";
              return (
                <li key={question}>
                  <details open={body !== ""}>
                    <summary>{question}</summary>
                    <AutosaveField
                      textKey={key}
                      label={t("prepare.questionNote")}
                      hint={question}
                      initialBody={body}
                      refusedBody={refused[key]}
                      rows={3}
                    />
                  </details>
                </li>
              );
            })}
          </ol>
        </section>

        <div className="sticky-actions">
          <SaveStatus />
          <div className="button-row">
            {number > 1 ? (
              <button
                type="submit"
                name="goto"
                value={String(number - 1)}
                className="button button--secondary"
              >
                {t("prepare.previous")}
              </button>
            ) : null}
            <button type="submit" className="button button--secondary">
              {t("autosave.saveButton")}
            </button>
            {number < total ? (
              <button type="submit" name="goto" value={String(number + 1)} className="button button--primary">
                {t("prepare.next")}
              </button>
            ) : (
              <button type="submit" name="goto" value="kontrakt" className="button button--primary">
                {t("prepare.toKontrakt")}
              </button>
            )}
          </div>
        </div>
      </Form>
      <p>
        <Link to={href("/min-lederdialog/forbered/hjaelper")}>{t("prepare.helperLink")}</Link>
      </p>
    </AutosaveProvider>
  );
}
