import { KONTRAKT_FIELD_IDS, type KontraktFieldId } from "~/content/tool-types";
import { listAgreements } from "~/features/agreements/agreements.server";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { requireActiveCycle } from "~/features/cycles/require-active-cycle.server";
import { kontraktTextKey } from "~/features/cycles/text-keys";
import { renderKontraktPdf } from "~/features/kontrakt/render-kontrakt-pdf.server";
import { localeContext } from "~/platform/context/context.server";
import type { Route } from "./+types/kontrakt-pdf.route";

/** The leader's kontrakt as an A4 PDF; `?udelad=<field>` (repeatable) leaves parts out. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, cycle, db } = await requireActiveCycle(context, request);
  const omit = new URL(request.url).searchParams
    .getAll("udelad")
    .filter((value): value is KontraktFieldId => (KONTRAKT_FIELD_IDS as readonly string[]).includes(value));
  const [texts, agreements] = await Promise.all([findCycleTexts(db, cycle.id), listAgreements(db, cycle.id)]);
  const pdf = await renderKontraktPdf({
    locale: context.get(localeContext),
    leaderName: user.name,
    cycleStartedAt: new Date(cycle.created_at),
    texts: {
      goals: texts[kontraktTextKey("goals")]?.body ?? "",
      wellbeing: texts[kontraktTextKey("wellbeing")]?.body ?? "",
      alignWithLeader: texts[kontraktTextKey("alignWithLeader")]?.body ?? "",
    },
    agreements,
    omit,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="lederkontrakt.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}
