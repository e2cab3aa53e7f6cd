/** The roles a person can have in an organisation: for the server and for the forms alike. */
export const ROLES = ["leader", "hr", "top_management", "med", "admin"] as const;
export type Role = (typeof ROLES)[number];
