import { conflictMarkers } from "~/features/cycles/conflict-markers";
import { type ConflictMarkers, mergeTexts } from "~/features/cycles/merge-texts";
import { serverI18n } from "~/i18n/server-i18n.server";

/** A text as stored: version 0 when it was never saved. */
export interface StoredVersion {
  body: string;
  version: number;
  recentSaveIds: string[];
}

export interface MergedSave {
  /** saved: written as sent (or already saved before); merged: joined with a save made elsewhere. */
  status: "saved" | "merged" | "conflict";
  body: string;
  version: number;
}

export type SaveOutcome = MergedSave | { status: "tooLong" } | { status: "busy" };

export interface SaveToMerge {
  /** The version and text the writer started from. */
  base: { version: number; body: string };
  body: string;
  /** Made by the browser for this exact text and base; the same save sent again has the same id. */
  saveId: string | undefined;
  /** In the writer's language; Danish, the first language, when not given. */
  markers?: ConflictMarkers;
  maxLength: number;
}

/** How many save ids a text remembers: a save repeated later than that many saves is merged again. */
const REMEMBERED_SAVES = 20;
const ATTEMPTS = 5;

/**
 * One save of a text that may be edited in more than one place (two people's notes, two tabs): if
 * nobody saved since the writer's base it is written; if someone did, the three texts are merged
 * (merge-texts.ts) and where both changed the same lines both versions are kept, marked. Every write
 * is conditional on the version read (`write` answers false when another save came first), so two
 * saves at the same moment cannot both win on either engine; the loser reads again and merges. A save
 * whose id is among the last ones is answered with the text as it is, not merged a second time.
 * Answers "tooLong" (saving nothing) when the merge would be over the limit.
 */
export async function saveMerged(
  io: {
    read: () => Promise<StoredVersion>;
    write: (readVersion: number, next: StoredVersion) => Promise<boolean>;
  },
  save: SaveToMerge,
): Promise<SaveOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await io.read();
    if (save.saveId !== undefined && current.recentSaveIds.includes(save.saveId)) {
      return { status: "saved", body: current.body, version: current.version };
    }
    const isCurrent = current.version === save.base.version;
    const merge = isCurrent
      ? { body: save.body, hasConflict: false }
      : mergeTexts(
          save.base.body,
          current.body,
          save.body,
          save.markers ?? conflictMarkers(serverI18n("da").t),
        );
    if (merge.body.length > save.maxLength) return { status: "tooLong" };
    const next: StoredVersion = {
      body: merge.body,
      version: current.version + 1,
      recentSaveIds: save.saveId
        ? [...current.recentSaveIds, save.saveId].slice(-REMEMBERED_SAVES)
        : current.recentSaveIds,
    };
    if (await io.write(current.version, next)) {
      const status = merge.hasConflict ? "conflict" : isCurrent ? "saved" : "merged";
      return { status, body: next.body, version: next.version };
    }
  }
  // Saves kept coming in between: nothing written; the browser keeps the text and tries again.
  return { status: "busy" };
}

/** The stored form of the remembered save ids. */
export function parseSaveIds(stored: string): string[] {
  return stored === "" ? [] : stored.split(" ");
}

export function formatSaveIds(ids: string[]): string {
  return ids.join(" ");
}
