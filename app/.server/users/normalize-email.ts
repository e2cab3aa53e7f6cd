/** E-mail addresses are compared trimmed and lower-cased: "Lone@Kommune.dk" is "lone@kommune.dk". */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
