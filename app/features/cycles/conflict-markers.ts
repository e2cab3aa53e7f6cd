import type { TFunction } from "i18next";
import type { ConflictMarkers } from "./merge-texts";

/** The marker lines around two versions of the same lines, in the writer's language. */
export function conflictMarkers(t: TFunction): ConflictMarkers {
  return {
    first: t("autosave.conflictMarkers.first"),
    second: t("autosave.conflictMarkers.second"),
    end: t("autosave.conflictMarkers.end"),
  };
}

/** Whether a text still holds both versions of a conflict (the person has not chosen yet). */
export function hasConflictMarkers(text: string, markers: ConflictMarkers): boolean {
  const lines = text.split(/\r\n?|\n/);
  return lines.includes(markers.first) && lines.includes(markers.end);
}
