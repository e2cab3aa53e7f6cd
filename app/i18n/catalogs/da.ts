import { texts as account } from "./da/account";
import { texts as admin } from "./da/admin";
import { texts as agreements } from "./da/agreements";
import { texts as core } from "./da/core";
import { texts as dialogue } from "./da/dialogue";
import { texts as figures } from "./da/figures";
import { texts as forms } from "./da/forms";
import { texts as leaders } from "./da/leaders";
import { texts as preparation } from "./da/preparation";
import { texts as publicPages } from "./da/public-pages";
import { texts as server } from "./da/server";
import { texts as signIn } from "./da/sign-in";
import { texts as signInSettings } from "./da/sign-in-settings";

// Danish: the product's first language. Every text a user sees lives in the area files under da/
// and en/, a whole top-level namespace in exactly one area (docs/decisions/045, app/i18n/text-areas.ts). This is
// the whole catalog, for the server and the tests; the browser loads only the areas a page shows.
export const da = {
  ...core,
  ...forms,
  ...publicPages,
  ...signIn,
  ...account,
  ...preparation,
  ...agreements,
  ...dialogue,
  ...leaders,
  ...figures,
  ...admin,
  ...signInSettings,
  ...server,
} as const;
