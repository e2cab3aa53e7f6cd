// Kept as the server's import path; the rule itself lives with the schemas that use it too.
export { normalizeEmail } from "~/platform/identity/account-email";
