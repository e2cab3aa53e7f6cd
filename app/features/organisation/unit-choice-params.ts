/**
 * The query parameters of a unit choice (roll-out, figures): the chosen unit, the level of the tree
 * looked at, a search over every level, and the page of it. Shared by the server and the picker.
 */
export const UNIT_CHOICE_PARAMS = { chosen: "enhed", under: "under", search: "q", page: "side" } as const;

export type UnitChoiceParam = (typeof UNIT_CHOICE_PARAMS)[keyof typeof UNIT_CHOICE_PARAMS];
