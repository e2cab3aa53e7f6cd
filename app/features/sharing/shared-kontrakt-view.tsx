import type { Agreement } from "~/features/agreements/agreement";
import { FollowUpSummary } from "~/features/agreements/follow-up-summary";
import { useTranslation } from "~/i18n/translation";

export interface SharedKontraktViewProps {
  points: string[] | null;
  fields: {
    id: string;
    number: string;
    title: string;
    question: string;
    text: string | null;
    agreements: Agreement[] | null;
  }[];
  /** 2 on a page of its own, 3 inside a section of a larger page. */
  headingLevel?: 2 | 3;
  /**
   * Set when the nearest leader reads it: the texts then speak of the leader by name ("Lones
   * pointer", "Lone svarede på: …") instead of asking the reader her questions (issue 15, item 4).
   */
  leaderName?: string;
  /** Makes the ids unique when the view is on a page twice. */
  idPrefix?: string;
}

/** What the nearest leader sees of a leader's kontrakt: only what was shared. Read-only. */
export function SharedKontraktView({
  points,
  fields,
  headingLevel = 2,
  leaderName,
  idPrefix = "shared",
}: SharedKontraktViewProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (points === null && fields.length === 0) {
    // Said to the nearest leader about her, or to the leader about herself (her preview).
    return (
      <p>
        {leaderName ? t("nearestLeader.nothingShared", { name: leaderName }) : t("dialogue.previewEmpty")}
      </p>
    );
  }
  return (
    <div className="shared-kontrakt">
      {points !== null ? (
        <section aria-labelledby={`${idPrefix}-points`}>
          <Heading id={`${idPrefix}-points`}>
            {leaderName ? t("nearestLeader.pointsTitle", { name: leaderName }) : t("dialogue.pointsTitle")}
          </Heading>
          {points.length > 0 ? (
            <ol className="shared-kontrakt__points">
              {points.map((point) => (
                <li key={point} className="preserve-lines">
                  {point}
                </li>
              ))}
            </ol>
          ) : (
            <p className="form-hint">{t("dialogue.emptyText")}</p>
          )}
        </section>
      ) : null}
      {fields.map((field) => (
        <section key={field.id} aria-labelledby={`${idPrefix}-${field.id}`}>
          <Heading id={`${idPrefix}-${field.id}`}>
            {field.number}. {field.title}
          </Heading>
          <p className="shared-kontrakt__question">
            {leaderName
              ? t("nearestLeader.answeredQuestion", { name: leaderName, question: field.question })
              : field.question}
          </p>
          {field.agreements ? (
            field.agreements.length > 0 ? (
              <ul className="shared-kontrakt__agreements">
                {field.agreements.map((agreement) => (
                  <li key={agreement.id}>
                    <span className="agreement__text">{agreement.text}</span>{" "}
                    <span className="agreement__meta">
                      (<FollowUpSummary agreement={agreement} />)
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="form-hint">{t("agreements.empty")}</p>
            )
          ) : (
            <p className={field.text?.trim() ? "shared-kontrakt__answer preserve-lines" : "form-hint"}>
              {field.text?.trim() ? field.text : t("dialogue.emptyText")}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
