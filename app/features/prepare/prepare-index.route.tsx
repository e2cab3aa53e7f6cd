import { href, redirect } from "react-router";
import { THEME_IDS } from "~/content/tool-types";
import { requireActiveCycle } from "~/features/cycles/require-active-cycle.server";
import type { Route } from "./+types/prepare-index.route";

/** "Forbered dig" resumes at the theme the leader was last on. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { cycle } = await requireActiveCycle(context, request);
  const index = Math.max(0, THEME_IDS.indexOf((cycle.current_theme ?? "") as (typeof THEME_IDS)[number]));
  return redirect(href("/min-lederdialog/forbered/:theme", { theme: String(index + 1) }));
}
