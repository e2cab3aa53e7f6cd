import type { Catalog } from "~/i18n/catalogs/catalog";
import { da } from "~/i18n/catalogs/da";
import { en } from "~/i18n/catalogs/en";

// What every answer must be, whoever asks and whatever they send: never a 5xx or a stack trace, and
// a 4xx always tells the person what went wrong in their language.

/** The translated texts that tell a person what went wrong, in both languages. */
const ERROR_TITLES = [da, en].flatMap((catalog: Catalog) => [
  catalog.errors.notFoundTitle,
  catalog.errors.badRequestTitle,
  catalog.errors.forbiddenTitle,
  catalog.errors.unavailableTitle,
  catalog.ssoProtection.tooLargeTitle,
]);
/** How the app's components mark a message: the error summary, a field's error, a warning notice. */
const MESSAGE_MARKUP = ['role="alert"', 'class="form-error-message"', "notice--warning"];
const STACK_TRACE = /\bat (async )?\S+ \(\S+:\d+:\d+\)|\bat \S+:\d+:\d+|node:internal|\/node_modules\//;

function hasCatalogKey(key: unknown): boolean {
  if (typeof key !== "string") return false;
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], da);
  return typeof value === "string";
}

function mainText(html: string): string {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .slice(0, 300);
}

/** Why an answer is not acceptable, or null when it is. */
export async function problemWith(response: Response): Promise<string | null> {
  const body = await response.text();
  if (response.status >= 500) return `status ${response.status}: ${body.slice(0, 300)}`;
  if (STACK_TRACE.test(body)) return `a stack trace in the body: ${body.match(STACK_TRACE)?.[0]}`;
  if (response.status < 400) return null;
  const type = response.headers.get("content-type") ?? "";
  if (type.startsWith("text/html")) {
    const visible = body.replace(/<script[\s\S]*?<\/script>/g, "");
    const isTranslated =
      MESSAGE_MARKUP.some((markup) => visible.includes(markup)) ||
      ERROR_TITLES.some((title) => visible.includes(title));
    return isTranslated ? null : `a ${response.status} page without a message: ${mainText(visible)}`;
  }
  if (type.startsWith("application/json")) {
    const error = (JSON.parse(body) as { error?: unknown } | null)?.error;
    return hasCatalogKey(error)
      ? null
      : `a ${response.status} JSON answer without a catalog key: ${body.slice(0, 200)}`;
  }
  return `a ${response.status} answer of type "${type}" with no translated message: ${body.slice(0, 200)}`;
}
