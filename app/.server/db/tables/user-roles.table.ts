import type { Selectable } from "kysely";

export const ROLES = ["leader", "hr", "top_management", "med", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface UserRolesTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export type UserRole = Selectable<UserRolesTable>;
