import type { Catalog } from "./catalog";
import { texts as account } from "./en/account";
import { texts as admin } from "./en/admin";
import { texts as agreements } from "./en/agreements";
import { texts as core } from "./en/core";
import { texts as dialogue } from "./en/dialogue";
import { texts as figures } from "./en/figures";
import { texts as forms } from "./en/forms";
import { texts as leaders } from "./en/leaders";
import { texts as preparation } from "./en/preparation";
import { texts as publicPages } from "./en/public-pages";
import { texts as server } from "./en/server";
import { texts as signIn } from "./en/sign-in";
import { texts as signInSettings } from "./en/sign-in-settings";

// English: complete, kept in step with the Danish area by area (each en/ file is typed by its da/
// file, and catalogs.test.ts checks the whole). The whole catalog, for the server and the tests.
export const en: Catalog = {
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
};
