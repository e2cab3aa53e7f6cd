import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import { agendaItemSchema } from "~/features/dialogue/meeting.schema";
import { useTranslation } from "~/i18n/translation";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";

interface AgendaItemView {
  id: string;
  text: string;
  status: "open" | "done";
  isCarried: boolean;
}

/**
 * The agenda: the leader's chosen points and what was left open last time. It is the leader who
 * opens the dialogue, and only then does the nearest leader see the points (unless shared before).
 */
export function AgendaSection(props: {
  role: "leader" | "nearestLeader";
  isStarted: boolean;
  /** A follow-up's agenda is what was left open last time, not the points of step 3. */
  isFollowUp: boolean;
  agenda: AgendaItemView[];
  pointsBeforeStart: string[];
  otherName: string | null;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(agendaItemSchema, props.lastResult, { id: "agenda-item" });
  return (
    <section aria-labelledby="agenda-title" id="dagsorden">
      <h2 id="agenda-title">{t("meeting.agendaTitle")}</h2>
      {!props.isStarted ? (
        props.role === "leader" ? (
          <Form method="post" className="panel">
            <p>{t("meeting.startExplained", { name: props.otherName ?? t("meeting.yourNearestLeader") })}</p>
            {props.pointsBeforeStart.length > 0 ? (
              <ol>
                {props.pointsBeforeStart.map((point, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two points may read the same; the order is fixed
                  <li key={index} className="preserve-lines">
                    {point}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="form-hint">
                {t(props.isFollowUp ? "meeting.followUpAgendaBeforeStart" : "meeting.noPoints")}
              </p>
            )}
            <button type="submit" name="intent" value="start" className="button button--primary">
              {t("meeting.start")}
            </button>
          </Form>
        ) : (
          <p>{t("meeting.notStarted", { name: props.otherName ?? "" })}</p>
        )
      ) : (
        <>
          {props.agenda.length === 0 ? <p className="form-hint">{t("meeting.agendaEmpty")}</p> : null}
          <ol className="agenda">
            {props.agenda.map((item) => (
              <li key={item.id} className={`agenda__item agenda__item--${item.status}`}>
                <div className="agenda__row">
                  <p className="agenda__text preserve-lines">{item.text}</p>
                  <div className="agenda__actions">
                    {item.isCarried ? <span className="tag">{t("meeting.carried")}</span> : null}
                    {item.status === "done" ? (
                      <span className="agenda__done">{t("meeting.done")}</span>
                    ) : null}
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="setAgendaItem" />
                      <input type="hidden" name="itemId" value={item.id} />
                      <input type="hidden" name="status" value={item.status === "done" ? "open" : "done"} />
                      <button type="submit" className="button button--link">
                        {item.status === "done" ? t("meeting.reopen") : t("meeting.markDone")}
                        <span className="sr-only">: {item.text}</span>
                      </button>
                    </Form>
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <ErrorSummary form={form} fieldOrder={["text"]} />
          <Form method="post" {...getFormProps(form)} noValidate className="agenda-add">
            <input type="hidden" name="intent" value="addAgendaItem" />
            <TextField field={fields.text} label={t("meeting.addItem")} type="text" autoComplete="off" />
            <button type="submit" className="button button--secondary">
              {t("meeting.addItemButton")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
