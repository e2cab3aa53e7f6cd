/** Who may roll the tool out to a unit's leaders (`/udrul`): HR and top management. */
export const ROLLOUT_ROLES = ["hr", "top_management"] as const;
