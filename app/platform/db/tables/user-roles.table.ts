import type { Selectable } from "kysely";

import type { Role } from "~/platform/db/column-values/roles";

export { ROLES, type Role } from "~/platform/db/column-values/roles";

export interface UserRolesTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export type UserRole = Selectable<UserRolesTable>;
