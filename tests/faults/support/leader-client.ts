import { EXPECTATION_SIDES, THEME_IDS } from "~/content/tool-types";
import {
  KONTRAKT_TEXT_FIELDS,
  kontraktTextKey,
  questionNoteKey,
  sideNoteKey,
  themeNoteKey,
} from "~/features/cycles/text-keys";

/** Every text key a leader can autosave in a cycle: one lane of saves each. */
export const ALL_TEXT_KEYS: string[] = [
  ...THEME_IDS.flatMap((theme) => [
    themeNoteKey(theme),
    ...Array.from({ length: 10 }, (_, index) => questionNoteKey(theme, index)),
  ]),
  ...EXPECTATION_SIDES.map(sideNoteKey),
  ...KONTRAKT_TEXT_FIELDS.map(kontraktTextKey),
  "dialogue:point:1",
  "dialogue:point:2",
  "dialogue:point:3",
];

/** A text that says which key and which version it is, with Danish letters to keep encoding honest. */
export function versionText(key: string, version: number): string {
  return `Tekst til ${key}, version ${version}: æøå ÆØÅ.`;
}

export function versionOf(key: string, text: string): number | undefined {
  const version = Number(text.match(/, version (\d+):/)?.[1]);
  return Number.isInteger(version) && text === versionText(key, version) ? version : undefined;
}

/** Signs a new leader up through the form, as a browser without JavaScript does; returns the cookie. */
export async function signUpLeader(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/opret-konto`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      name: "Frida Fejltest",
      email: `fault-${Date.now()}@kommune.dk`,
      password: "en god lang adgangssætning",
    }).toString(),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`sign-up answered ${response.status}`);
  return cookie;
}

/** One autosave, as the page's script sends it; the HTTP status (or a thrown network error). */
export async function autosave(baseUrl: string, cookie: string, key: string, body: string): Promise<number> {
  const response = await fetch(`${baseUrl}/min-lederdialog/gem`, {
    method: "POST",
    headers: { Origin: baseUrl, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ key, body }).toString(),
  });
  await response.arrayBuffer();
  return response.status;
}

/** The active cycle's texts, read back through the app's own data export. */
export async function exportedTexts(baseUrl: string, cookie: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/min-lederdialog/mine-data.json`, { headers: { Cookie: cookie } });
  if (response.status !== 200) throw new Error(`the data export answered ${response.status}`);
  const exported = (await response.json()) as { cycles: { status: string; texts: Record<string, string> }[] };
  return exported.cycles.find((cycle) => cycle.status === "active")?.texts ?? {};
}
