import { href, Link } from "react-router";
import { requireActiveCycle } from "~/features/cycles/require-active-cycle.server";
import { loadSharedKontrakt } from "~/features/sharing/load-shared-kontrakt.server";
import { SharedKontraktView } from "~/features/sharing/shared-kontrakt-view";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { localeContext } from "~/platform/context/context.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/dialogue-preview.route";

export const handle: TextsHandle = { texts: ["agreements", "dialogue"] };

/** The leader's preview: rendered from the same data and component as the nearest leader's view. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { cycle, db } = await requireActiveCycle(context, request);
  return loadSharedKontrakt(db, { cycleId: cycle.id, locale: context.get(localeContext) });
}

export default function DialoguePreview({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <PageTitle title={t("dialogue.previewTitle")} />
      <p>
        <Link to={`${href("/min-lederdialog/dialog")}#deling`}>{t("dialogue.backToDialogue")}</Link>
      </p>
      <h1>{t("dialogue.previewTitle")}</h1>
      <p className="lead">{t("dialogue.previewIntro")}</p>
      <SharedKontraktView points={loaderData.points} fields={loaderData.fields} />
    </article>
  );
}
