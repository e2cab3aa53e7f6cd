import { getToolContent } from "~/content/get-tool-content";
import type { Agreement } from "~/features/agreements/agreement";
import { listAgreements } from "~/features/agreements/agreements.server";
import { findCycleTexts } from "~/features/cycles/cycle-texts.server";
import { type KontraktTextField, kontraktTextKey } from "~/features/cycles/text-keys";
import type { Locale } from "~/i18n/locales";
import { dialoguePointsFromTexts } from "~/platform/db/column-values/sharing";
import type { Executor } from "~/platform/db/database.server";
import { findSharedParts } from "./kontrakt-shares.server";

export interface SharedKontraktField {
  id: string;
  number: string;
  title: string;
  question: string;
  text: string | null;
  agreements: Agreement[] | null;
}

export interface SharedKontrakt {
  /** null when the points are not shared. */
  points: string[] | null;
  fields: SharedKontraktField[];
}

const KIND_BY_FIELD = { agreementsWithSelf: "self", agreementsWithLeader: "leader" } as const;

/**
 * Exactly what the nearest leader may see of a cycle: only the shared parts, nothing else. The
 * leader's preview and the nearest leader's page both use this one function, so the preview cannot
 * show something other than what is shared.
 */
export async function loadSharedKontrakt(
  db: Executor,
  options: { cycleId: string; locale: Locale },
): Promise<SharedKontrakt> {
  const shared = await findSharedParts(db, options.cycleId);
  if (shared.length === 0) return { points: null, fields: [] };
  const [texts, agreements] = await Promise.all([
    findCycleTexts(db, options.cycleId),
    listAgreements(db, options.cycleId),
  ]);
  const points = shared.includes("points") ? dialoguePointsFromTexts(texts) : null;
  const fields = getToolContent(options.locale)
    .kontraktFields.filter((field) => shared.includes(field.id))
    .map((field) => {
      const kind = field.id in KIND_BY_FIELD ? KIND_BY_FIELD[field.id as keyof typeof KIND_BY_FIELD] : null;
      return {
        id: field.id,
        number: field.number,
        title: field.title,
        question: field.question,
        text: kind ? null : (texts[kontraktTextKey(field.id as KontraktTextField)]?.body ?? ""),
        agreements: kind ? agreements.filter((a) => a.kind === kind && a.status !== "dropped") : null,
      };
    });
  return { points, fields };
}
