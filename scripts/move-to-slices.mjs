#!/usr/bin/env node
// The move to feature slices (issue 17, docs/decisions/047-feature-slices.md) as a repeatable
// script: other engineers change the code while the layout is decided, so the move is written as
// RULES (a folder or file pattern → its new place) and run once on the merged main.
//
//   node scripts/move-to-slices.mjs --dry-run   # the plan and the summary; nothing is touched
//   node scripts/move-to-slices.mjs             # git mv, rewrite every import, format, summary
//
// It refuses to run on a tree that has moved already (app/features exists or app/.server is gone)
// or that has uncommitted changes, and it fails before touching anything when a file matches no
// rule, when two files would land on one path, or when an import into a moved file cannot be
// resolved. Every step that is not a plain rule is a named, commented step below.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "..");
const isDryRun = process.argv.includes("--dry-run");
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" });

// ─── The rules ─────────────────────────────────────────────────────────────────────────────────
// Each rule: a pattern on the file's path (relative to the repository) and where the file goes.
// The first rule that matches decides. `to` gets the regex match and the file's own name; the
// naming helpers below add the suffix that says what a file is.

/** `x.ts` → `x.server.ts`, `x.test.ts` → `x.server.test.ts`: server-only, also for React Router. */
const server = (name) => suffixed(name, "server");
/** A route module: `kontrakt.tsx` → `kontrakt.route.tsx`. */
const route = (name) => suffixed(name, "route");
/** A form's Zod schema: `agreement.ts` → `agreement.schema.ts`. */
const schema = (name) => suffixed(name, "schema");

function suffixed(name, suffix) {
  if (name.endsWith(".d.ts")) return name;
  const match = /^(.*?)((?:\.test)?\.(?:ts|tsx|cjs|mjs))$/.exec(name);
  if (!match) throw new Error(`cannot name ${name} as .${suffix}`);
  return `${match[1]}.${suffix}${match[2]}`;
}

const feature = (name) => `app/features/${name}`;

/** Route modules by their file name (app/routes/<name>.tsx) → the feature that owns the page. */
const ROUTE_FEATURES = {
  site: ["landing", "about", "accessibility-statement", "privacy", "not-found", "set-language"],
  account: [
    "sign-up",
    "sign-in",
    "sign-out",
    "forgot-password",
    "reset-password",
    "check-email",
    "verify-email",
    "account-security",
  ],
  sso: [
    "sso-start",
    "sso-oidc-callback",
    "sso-saml-acs",
    "sso-saml-metadata",
    "sso-finish",
    "sso-link-proof",
    "sso-link-proof-mail",
    "admin-sso",
    "admin-email-domains",
  ],
  home: ["my-dialogue"],
  autosave: ["autosave"],
  prepare: ["prepare-index", "prepare-helper", "prepare-theme"],
  kontrakt: ["kontrakt", "kontrakt-pdf"],
  agreements: ["agreement", "agreement-calendar"],
  cycles: ["archived-cycle"],
  calendar: ["calendar-settings", "calendar-feed"],
  privacy: ["data-export", "data-export-html", "delete-account", "admin-retention"],
  dialogue: [
    "dialogue-prepare",
    "dialogue-preview",
    "invitation",
    "nearest-leader-prepare",
    "subordinate-leaders",
    "meeting",
    "meeting-calendar",
  ],
  sharing: ["share-part"],
  figures: ["figures", "figures-csv"],
  rollout: ["rollout"],
  organisation: ["admin-people", "admin-import", "admin-units", "admin-unit", "admin-person"],
  reminders: ["unsubscribe"],
};

/** Database tests (tests/integration/<name>.test.ts) → beside the code they test; "stay": whole-app tests. */
const INTEGRATION_TESTS = {
  stay: [
    "action-fuzz",
    "authorization",
    "server-bundle",
    "server",
    "trust-proxy",
    "demo",
    "scale-out",
    "page-size",
    "mail-kinds",
    "confirm-irreversible",
    "import-layers",
    "flash-notices-pages",
  ],
  [feature("account")]: [
    "accounts",
    "email-verification",
    "password-reset",
    "sessions",
    "sign-in-devices",
    "sign-in-throttle",
  ],
  [feature("privacy")]: ["account-deletion"],
  [feature("organisation")]: [
    "admin-person",
    "people-uploads",
    "list-people",
    "list-unit-level",
    "people-import",
    "people-import-excel",
    "people-import-reads",
    "reporting-line-changes",
    "units",
  ],
  [feature("agreements")]: ["agreements", "agreement-tick-off"],
  [feature("calendar")]: ["calendar-files", "calendar-lifecycle"],
  [feature("cycles")]: ["cycles"],
  [feature("dialogue")]: ["dialogues", "meeting-workspace", "rendered-dialogue-pages"],
  [feature("figures")]: ["figures", "figures-refresh"],
  [feature("home")]: ["home-progress", "role-landing"],
  [feature("autosave")]: ["merged-saves"],
  [feature("kontrakt")]: ["points-note"],
  [feature("reminders")]: ["reminders"],
  [feature("rollout")]: ["rollout", "rollout-link"],
  [feature("sharing")]: ["sharing"],
  [feature("sso")]: [
    "single-sign-on",
    "sso-account-linking",
    "sso-hostile-responses",
    "saml-oiosaml",
    "verified-domains",
  ],
  "app/platform/backup": ["backup-restore"],
  "app/platform/crypto": ["encryption-at-rest"],
  "app/platform/db": ["migrations"],
  "app/platform/files": ["file-modes"],
  "app/platform/mail": ["mail"],
  "app/platform/http": ["flash-notices", "safe-redirect"],
};

const RULES = [
  // Files that keep their place: the app's shell, its texts, its stylesheet, ambient types.
  {
    from: /^app\/(root\.tsx|routes\.ts|entry\.client\.tsx|entry\.server\.tsx)$/,
    to: ({ m }) => `app/${m[1]}`,
  },
  { from: /^app\/(i18n|content|styles|types)\/(.+)$/, to: ({ m }) => `app/${m[1]}/${m[2]}` },

  // Route modules: the feature named in ROUTE_FEATURES, as <name>.route.tsx.
  {
    from: /^app\/routes\/([^/]+)\.tsx$/,
    to: ({ m, name }) => {
      const owner = Object.keys(ROUTE_FEATURES).find((f) => ROUTE_FEATURES[f].includes(m[1]));
      return owner && `${feature(owner)}/${route(name)}`;
    },
  },

  // ── app/.server: the seeding tools leave the app (decision 042: their own bundle entry) ──
  { from: /^app\/\.server\/(demo|bench)\/([^/]+)$/, to: ({ name }) => `server/seeding/${name}` },

  // ── app/.server → the platform (what every feature uses), as *.server.ts ──
  // Tables are interfaces only and migrations are frozen: both keep their names.
  {
    from: /^app\/\.server\/db\/(tables|migrations)\/(.+)$/,
    to: ({ m }) => `app/platform/db/${m[1]}/${m[2]}`,
  },
  { from: /^app\/\.server\/db\/([^/]+)$/, to: ({ name }) => `app/platform/db/${server(name)}` },
  {
    from: /^app\/\.server\/(config(?:\.test)?\.ts|context\.ts)$/,
    to: ({ name }) => `app/platform/config/${server(name)}`,
  },
  // The configuration split by job (load, secrets file, key rotation, its types): one folder.
  {
    from: /^app\/\.server\/config\/([^/]+)$/,
    to: ({ name }) => `app/platform/config/${server(name)}`,
  },
  {
    from: /^app\/\.server\/(crypto|backup|files|middleware|http)\/([^/]+)$/,
    to: ({ m, name }) => `app/platform/${m[1]}/${server(name)}`,
  },
  { from: /^app\/\.server\/errors\/([^/]+)$/, to: ({ name }) => `app/platform/http/${server(name)}` },
  { from: /^app\/\.server\/i18n\/([^/]+)$/, to: ({ name }) => `app/i18n/${server(name)}` },
  {
    from: /^app\/\.server\/mail\/(mailer|render-mail|link-lifetimes)\.ts$/,
    to: ({ name }) => `app/platform/mail/${server(name)}`,
  },
  // Authorisation guards and the session beneath them; the rest of auth is the account feature.
  {
    from: /^app\/\.server\/auth\/((?:require-(?:role|user|verified-user)|sessions|session-cookie|signed-cookie|request-meta(?:-from-context)?|security-log|tokens|rate-limit)(?:\.test)?\.ts)$/,
    to: ({ name }) => `app/platform/auth/${server(name)}`,
  },
  {
    from: /^app\/\.server\/calendar\/((?:copenhagen-[^/]+|rhythm-rrule)(?:\.test)?\.ts)$/,
    to: ({ name }) => `app/platform/time/${server(name)}`,
  },

  // ── app/.server → features, by file name where an area serves several ──
  // The users table's functions and the verified-address check sit under the guards that use them.
  {
    from: /^app\/\.server\/users\/((?:users|is-email-verified|normalize-email)\.ts)$/,
    to: ({ name }) => `app/platform/auth/${server(name)}`,
  },
  // The values a column may hold: the tables' types import them, so they sit beside the tables.
  {
    from: /^app\/(?:kontrakt\/(?:agreement-types|sharing)|dialogues\/follow-up-rhythms)\.ts$/,
    to: ({ name }) => `app/platform/db/column-values/${name}`,
  },
  {
    from: /^app\/\.server\/reminders\/reminder-kinds\.ts$/,
    to: ({ name }) => `app/platform/db/column-values/${server(name)}`,
  },
  {
    from: /^app\/\.server\/auth\/rollout-password-link\.ts$/,
    to: ({ name }) => `${feature("rollout")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/auth\/work-pages\.ts$/,
    to: ({ name }) => `${feature("home")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/(auth|users|account-security)\/([^/]+)$/,
    to: ({ name }) => `${feature("account")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/mail\/send-account-deleted-mail\.ts$/,
    to: ({ name }) => `${feature("privacy")}/${server(name)}`,
  },
  { from: /^app\/\.server\/mail\/send-sso-[^/]+$/, to: ({ name }) => `${feature("sso")}/${server(name)}` },
  {
    from: /^app\/\.server\/mail\/(send-dialogue-invitation|send-follow-up-invitation|send-meeting-[a-z-]+|meeting-change-mail)\.ts$/,
    to: ({ name }) => `${feature("dialogue")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/mail\/(send-email-verification-mail|send-new-device-mail|send-password-reset-mail|send-sign-up-attempt-mail)\.ts$/,
    to: ({ name }) => `${feature("account")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/organisations\/((?:list-rollouts|preview-rollout|rollout-[a-z-]+|send-rollout-mail|invite-unit-leaders)(?:\.test)?\.ts)$/,
    to: ({ name }) => `${feature("rollout")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/organisations\/([^/]+)$/,
    to: ({ name }) => `${feature("organisation")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/(pdf|kontrakt)\/([^/]+)$/,
    to: ({ name }) => `${feature("kontrakt")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/dialogues\/([^/]+)$/,
    to: ({ name }) => `${feature("dialogue")}/${server(name)}`,
  },
  {
    from: /^app\/\.server\/(agreements|autosave|calendar|cycles|figures|home|privacy|reminders|sharing|sso)\/([^/]+)$/,
    to: ({ m, name }) => `${feature(m[1])}/${server(name)}`,
  },

  // ── Shared code for browser and server ──
  { from: /^app\/time\/([^/]+)$/, to: ({ name }) => `app/platform/time/${name}` },
  { from: /^app\/rhythm\/([^/]+)$/, to: ({ name }) => `app/platform/time/${name}` },
  { from: /^app\/identity\/(roles\.ts)$/, to: ({ name }) => `app/platform/auth/${name}` },
  { from: /^app\/identity\/([^/]+)$/, to: ({ name }) => `app/platform/identity/${name}` },
  { from: /^app\/flash\/([^/]+)$/, to: ({ name }) => `app/platform/http/${name}` },
  { from: /^app\/confirm\/([^/]+)$/, to: ({ name }) => `app/platform/http/${name}` },
  { from: /^app\/figures\/([^/]+)$/, to: ({ name }) => `${feature("figures")}/${name}` },
  { from: /^app\/sso\/([^/]+)$/, to: ({ name }) => `${feature("sso")}/${name}` },
  { from: /^app\/units\/([^/]+)$/, to: ({ name }) => `${feature("organisation")}/${name}` },
  { from: /^app\/autosave\/([^/]+)$/, to: ({ name }) => `${feature("autosave")}/${name}` },
  { from: /^app\/dialogues\/([^/]+)$/, to: ({ name }) => `${feature("dialogue")}/${name}` },
  {
    from: /^app\/kontrakt\/(check-periods(?:\.test)?\.ts)$/,
    to: ({ name }) => `${feature("agreements")}/${name}`,
  },
  {
    from: /^app\/kontrakt\/((?:text-keys)(?:\.test)?\.ts)$/,
    to: ({ name }) => `${feature("cycles")}/${name}`,
  },
  { from: /^app\/kontrakt\/([^/]+)$/, to: ({ name }) => `${feature("kontrakt")}/${name}` },

  // ── Schemas: the feature whose form it is, as <name>.schema.ts ──
  {
    from: /^app\/schemas\/(agreement[a-z-]*(?:\.test)?\.ts)$/,
    to: ({ name }) => `${feature("agreements")}/${schema(name)}`,
  },
  { from: /^app\/schemas\/(auth\.ts)$/, to: ({ name }) => `${feature("account")}/${schema(name)}` },
  {
    from: /^app\/schemas\/((?:delete-account|retention)\.ts)$/,
    to: ({ name }) => `${feature("privacy")}/${schema(name)}`,
  },
  {
    from: /^app\/schemas\/((?:email-domain|sso-settings|sso-link-proof)(?:\.test)?\.ts)$/,
    to: ({ name }) => `${feature("sso")}/${schema(name)}`,
  },
  {
    from: /^app\/schemas\/((?:invite|meeting|meeting-intents)\.ts)$/,
    to: ({ name }) => `${feature("dialogue")}/${schema(name)}`,
  },
  {
    from: /^app\/schemas\/(kontrakt-actions\.ts)$/,
    to: ({ name }) => `${feature("kontrakt")}/${schema(name)}`,
  },
  {
    from: /^app\/schemas\/((?:person|unit)\.ts)$/,
    to: ({ name }) => `${feature("organisation")}/${schema(name)}`,
  },

  // ── Components: a feature's own beside it; what every page uses in app/ui ──
  {
    from: /^app\/components\/tool\/(preparation-time-guide\.tsx)$/,
    to: ({ name }) => `${feature("prepare")}/${name}`,
  },
  { from: /^app\/components\/(form|confirm|tool)\/([^/]+)$/, to: ({ m, name }) => `app/ui/${m[1]}/${name}` },
  {
    from: /^app\/components\/((?:flash-notices|nonce|page-links|page-title|search-form|site-footer|site-header|step-indicator)\.tsx)$/,
    to: ({ name }) => `app/ui/${name}`,
  },
  {
    from: /^app\/components\/(admin|units)\/([^/]+)$/,
    to: ({ name }) => `${feature("organisation")}/${name}`,
  },
  {
    from: /^app\/components\/dialogue\/(share-[^/]+|shared-kontrakt-view\.tsx)$/,
    to: ({ name }) => `${feature("sharing")}/${name}`,
  },
  {
    from: /^app\/components\/(dialogue|meeting|nearest-leader)\/([^/]+)$/,
    to: ({ name }) => `${feature("dialogue")}/${name}`,
  },
  { from: /^app\/components\/(domains|sso)\/([^/]+)$/, to: ({ name }) => `${feature("sso")}/${name}` },
  { from: /^app\/components\/(sso-failure\.tsx)$/, to: ({ name }) => `${feature("sso")}/${name}` },
  { from: /^app\/components\/(home-panel\.tsx)$/, to: ({ name }) => `${feature("home")}/${name}` },
  {
    from: /^app\/components\/(data-download-links\.tsx)$/,
    to: ({ name }) => `${feature("privacy")}/${name}`,
  },
  {
    from: /^app\/components\/(verify-email-notice\.tsx)$/,
    to: ({ name }) => `${feature("account")}/${name}`,
  },
  {
    from: /^app\/components\/(agreements|autosave|figures|home|kontrakt)\/([^/]+)$/,
    to: ({ m, name }) => `${feature(m[1])}/${name}`,
  },

  // ── Database tests: beside their feature (INTEGRATION_TESTS), or staying for the whole app ──
  {
    from: /^tests\/integration\/([^/]+)\.test\.ts$/,
    to: ({ m, name, file }) => {
      const place = Object.keys(INTEGRATION_TESTS).find((p) => INTEGRATION_TESTS[p].includes(m[1]));
      if (!place) return undefined;
      return place === "stay" ? file : `${place}/${name}`;
    },
  },
];

/** What the rules apply to; every other file stays where it is (server/, bin/, scripts/, tests/e2e …). */
const IN_SCOPE = (file) => file.startsWith("app/") || file.startsWith("tests/integration/");

// ─── Preflight ─────────────────────────────────────────────────────────────────────────────────

function fail(lines) {
  process.stderr.write(`move-to-slices: ${Array.isArray(lines) ? lines.join("\n  ") : lines}\n`);
  process.exit(1);
}

if (existsSync(path.join(root, "app/features")) || !existsSync(path.join(root, "app/.server"))) {
  fail("the tree has moved already (app/features exists or app/.server is gone); refusing to run twice.");
}
if (!isDryRun && git("status", "--porcelain", "--", "app", "server", "tests", "scripts").trim() !== "") {
  fail(
    "uncommitted changes in app/, server/, tests/ or scripts/: commit them first, so the move is one clean commit.",
  );
}

// The hand steps below edit two passages of the catalogs' test as they are written today; a changed
// passage stops the run here, before anything moves, so the step can be updated first.
const catalogsTest = path.join(root, "app/i18n/catalogs/catalogs.test.ts");
const catalogsText = readFileSync(catalogsTest, "utf8");
const skippedFolder = 'path.join(APP_DIR, ".server", "db")';
const schemaFolder = `    const schemaDir = path.join(APP_DIR, "schemas");
    const schemaFiles = readdirSync(schemaDir)
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => path.join(schemaDir, name));`;
for (const passage of [skippedFolder, schemaFolder]) {
  if (!catalogsText.includes(passage))
    fail(`${catalogsTest} no longer reads:\n${passage}\nupdate the catalogs step`);
}

const tracked = git("ls-files").split("\n").filter(Boolean);
const trackedSet = new Set(tracked);

// ─── The plan: every file in scope to its new place ─────────────────────────────────────────────

const moves = new Map(); // old path → new path (only files that change place)
const uncovered = [];
for (const file of tracked.filter(IN_SCOPE)) {
  const name = path.posix.basename(file);
  let target;
  for (const rule of RULES) {
    const match = rule.from.exec(file);
    if (!match) continue;
    target = rule.to({ m: match, name, file });
    break;
  }
  if (!target) uncovered.push(file);
  else if (target !== file) moves.set(file, target);
}
if (uncovered.length > 0) {
  fail([
    `${uncovered.length} file(s) match no rule; add a rule for each (scripts/move-to-slices.mjs, RULES):`,
    ...uncovered,
  ]);
}

const newPlace = (file) => moves.get(file) ?? file;
const landing = new Map();
const collisions = [];
for (const file of tracked) {
  const to = newPlace(file);
  if (landing.has(to)) collisions.push(`${landing.get(to)} and ${file} → ${to}`);
  landing.set(to, file);
}
if (collisions.length > 0) fail(["two files would land on one path:", ...collisions]);

// ─── Imports: every specifier resolved to a file, mapped, re-emitted ────────────────────────────

const SOURCE = /\.(?:ts|tsx|mts|cts|mjs|cjs|js)$/;
/** Where imports are rewritten: the code, the tests, the tools and the root configs. */
const rewritten = tracked.filter(
  (file) =>
    SOURCE.test(file) &&
    (/^(app|server|tests|scripts|bin)\//.test(file) || /^[^/]+\.(?:ts|mts|mjs)$/.test(file)) &&
    file !== "scripts/move-to-slices.mjs" &&
    !file.startsWith("scripts/move-to-slices/"),
);
const EXTENSIONS = ["", ".ts", ".tsx", ".d.ts", ".mjs", ".js", ".cjs", "/index.ts", "/index.tsx"];

function resolveFile(base) {
  for (const extension of EXTENSIONS) {
    if (trackedSet.has(base + extension)) return base + extension;
  }
  return undefined;
}

/** The file a specifier names, or undefined for a package, a generated file or the build. */
function resolveSpecifier(importer, specifier) {
  const bare = specifier.replace(/\?.*$/, "");
  if (bare.startsWith("~/")) return resolveFile(`app/${bare.slice(2)}`);
  if (bare.startsWith("./") || bare.startsWith("../")) {
    return resolveFile(path.posix.normalize(path.posix.join(path.posix.dirname(importer), bare)));
  }
  return undefined;
}

/** The folder a file belongs to as a whole: app/features/<f>, app/platform/<area>, app/ui, app/i18n … */
function homeOf(file) {
  return (
    /^app\/(?:features|platform)\/[^/]+/.exec(file)?.[0] ??
    /^app\/[^/]+(?=\/)/.exec(file)?.[0] ??
    path.posix.dirname(file)
  );
}

/** The specifier for `target` from `importer`, in the style it was written (alias or relative). */
function emitSpecifier(importer, specifier, oldTarget, target) {
  const query = /\?.*$/.exec(specifier)?.[0] ?? "";
  const bare = specifier.slice(0, specifier.length - query.length);
  // Keep an extension only where the original named one, and never an index the original left out.
  const wroteExtension = path.posix.extname(bare) !== "" && oldTarget.endsWith(path.posix.extname(bare));
  const droppedIndex = /\/index\.tsx?$/.test(oldTarget) && !/\/index(\.tsx?)?$/.test(bare);
  let to = target;
  if (droppedIndex) to = path.posix.dirname(target);
  else if (!wroteExtension) to = target.replace(/(\.d)?\.(ts|tsx|mts|cts)$/, "");
  // Within one home (a feature, a platform area, app/ui …) relative as written; across homes the alias.
  const crossesHomes = to.startsWith("app/") && homeOf(newPlace(importer)) !== homeOf(to);
  if ((bare.startsWith("~/") || crossesHomes) && to.startsWith("app/")) return `~/${to.slice(4)}${query}`;
  let relative = path.posix.relative(path.posix.dirname(newPlace(importer)), to);
  if (!relative.startsWith(".")) relative = `./${relative}`;
  return relative + query;
}

/** Route ids are the module path below app/ without its extension ("routes/kontrakt"). */
const routeIdOf = (file) => file.slice(4).replace(/\.tsx?$/, "");
const routeIds = new Map(
  [...moves]
    .filter(([from]) => from.startsWith("app/routes/"))
    .map(([from, to]) => [routeIdOf(from), routeIdOf(to)]),
);

const edits = new Map(); // file (old path) → new text
const unresolved = [];
let specifierCount = 0;
let routeIdCount = 0;
for (const file of rewritten) {
  const text = readFileSync(path.join(root, file), "utf8");
  const info = ts.preProcessFile(text, true, true);
  const changes = [];
  for (const ref of info.importedFiles) {
    const specifier = ref.fileName;
    const start = ref.pos + 1; // pos is the opening quote
    const end = start + specifier.length;
    if (text.slice(start, end) !== specifier) continue; // an escaped or templated name: not ours
    // Named step: React Router's generated route types follow their module's new name.
    const types = /^\.\/\+types\/(.+)$/.exec(specifier);
    if (types) {
      if (moves.has(file)) {
        const renamed = `./+types/${path.posix.basename(newPlace(file)).replace(/\.tsx?$/, "")}`;
        if (renamed !== specifier) changes.push({ start, end, value: renamed });
      }
      continue;
    }
    const target = resolveSpecifier(file, specifier);
    if (!target) {
      const pointsIntoMoved = /^(~\/|\.\.?\/)/.test(specifier) && !/build\/|\.react-router/.test(specifier);
      if (pointsIntoMoved && (moves.has(file) || /^~\//.test(specifier)))
        unresolved.push(`${file}: "${specifier}"`);
      continue;
    }
    if (!moves.has(file) && !moves.has(target)) continue;
    const value = emitSpecifier(file, specifier, target, newPlace(target));
    if (value !== specifier) {
      changes.push({ start, end, value });
      specifierCount += 1;
    }
  }
  // Named step: app/routes.ts names route modules relative to app/ ("routes/kontrakt.tsx").
  // Named step: tests and tools name routes by their id ("routes/kontrakt"); both follow the move.
  if (file === "app/routes.ts" || /^(tests|scripts)\//.test(file)) {
    for (const match of text.matchAll(/"(routes\/[a-z0-9-]+)(\.tsx)?"/g)) {
      const id = routeIds.get(match[1]);
      if (!id) continue;
      const start = match.index + 1;
      changes.push({
        start,
        end: start + match[1].length + (match[2]?.length ?? 0),
        value: id + (match[2] ?? ""),
      });
      routeIdCount += 1;
    }
  }
  if (changes.length === 0) continue;
  changes.sort((a, b) => b.start - a.start);
  let next = text;
  for (const change of changes) next = next.slice(0, change.start) + change.value + next.slice(change.end);
  edits.set(file, next);
}
// A relative import that resolves nowhere is left alone unless it starts in a moved file.
if (unresolved.length > 0) {
  fail([`${unresolved.length} import(s) into the app resolve to no file; fix them first:`, ...unresolved]);
}

// ─── Summary of the plan ───────────────────────────────────────────────────────────────────────

function summary() {
  const byPlace = new Map();
  for (const to of moves.values()) {
    const place =
      /^app\/features\/[^/]+/.exec(to)?.[0] ??
      /^app\/[^/]+(\/[^/.]+(?=\/))?/.exec(to)?.[0] ??
      path.posix.dirname(to);
    byPlace.set(place, (byPlace.get(place) ?? 0) + 1);
  }
  const lines = [...byPlace]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([place, n]) => `  ${String(n).padStart(4)}  ${place}`);
  return [
    `move-to-slices${isDryRun ? " (dry run)" : ""}:`,
    `  ${moves.size} files move, ${tracked.filter(IN_SCOPE).length - moves.size} in scope stay`,
    `  ${specifierCount} import specifiers rewritten in ${edits.size} files, ${routeIdCount} route paths/ids`,
    "  files arriving per place:",
    ...lines,
  ].join("\n");
}

if (isDryRun) {
  for (const [from, to] of moves) process.stdout.write(`${from} → ${to}\n`);
  process.stdout.write(`${summary()}\n`);
  process.exit(0);
}

// ─── The move ──────────────────────────────────────────────────────────────────────────────────

for (const [from, to] of moves) {
  mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
  git("mv", from, to);
}
for (const [file, text] of edits) writeFileSync(path.join(root, newPlace(file)), text);

// Named step: biome's override for the frozen migrations names their folder.
const biomePath = path.join(root, "biome.json");
writeFileSync(
  biomePath,
  readFileSync(biomePath, "utf8").replace("app/.server/db/migrations/**", "app/platform/db/migrations/**"),
);

// Named step: mentions of a moved file's path in comments and in the living docs follow it
// (decision records are history and keep the paths of their day).
const MENTIONS = tracked
  .map(newPlace)
  .filter(
    (file) =>
      /\.(ts|tsx|mjs|cjs|md|json)$/.test(file) &&
      !file.startsWith("docs/decisions/") &&
      existsSync(path.join(root, file)),
  )
  .filter((file) => file !== "scripts/move-to-slices.mjs" && !file.startsWith("scripts/move-to-slices/"));
const byLength = [...moves].sort(([a], [b]) => b.length - a.length);
let mentionCount = 0;
for (const file of MENTIONS) {
  const text = readFileSync(path.join(root, file), "utf8");
  let next = text;
  for (const [from, to] of byLength) {
    if (!next.includes(from)) continue;
    next = next.split(from).join(to);
    mentionCount += 1;
  }
  if (next !== text) writeFileSync(path.join(root, file), next);
}

// Named step: a folder's mention ("app/.server/sso/") follows it when all its files went to one
// folder; a folder that was split (app/.server/auth/) is left for the docs' author.
const folderMoves = new Map();
for (const folder of new Set([...moves.keys()].map((file) => path.posix.dirname(file)))) {
  // Every file below the folder must land at the same place below one new folder.
  const below = tracked.filter((file) => file.startsWith(`${folder}/`));
  const places = new Set(
    below.map((file) => {
      const inner = path.posix.dirname(file.slice(folder.length + 1));
      const to = path.posix.dirname(newPlace(file));
      return inner === "." ? to : to.endsWith(`/${inner}`) ? to.slice(0, -inner.length - 1) : "";
    }),
  );
  const [place] = places;
  if (places.size === 1 && place !== "" && place !== folder) folderMoves.set(`${folder}/`, `${place}/`);
}
for (const file of MENTIONS) {
  const text = readFileSync(path.join(root, file), "utf8");
  let next = text;
  for (const [from, to] of [...folderMoves].sort(([a], [b]) => b.length - a.length)) {
    if (!next.includes(from)) continue;
    next = next.replace(new RegExp(`${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w.-])`, "g"), to);
    mentionCount += 1;
  }
  if (next !== text) writeFileSync(path.join(root, file), next);
}

// Named step: docs/ARCHITECTURE.md says where code goes now, first in its section.
const architecturePath = path.join(root, "docs/ARCHITECTURE.md");
const architecture = readFileSync(architecturePath, "utf8");
const WHERE = "## Where code goes\n";
if (architecture.includes(WHERE)) {
  const paragraph =
    "The app is in feature slices (decision 047): a feature's pages (`<name>.route.tsx`), server functions\n" +
    "(`<name>.server.ts`), schemas (`<name>.schema.ts`), components and tests are in `app/features/<feature>/`;\n" +
    "what every feature uses is in `app/platform/<area>/` (database, auth guards, HTTP, mail, time …),\n" +
    "shared components in `app/ui/`, texts in `app/i18n/`. A new file goes to the feature whose data it\n" +
    "changes, named by what it is; `tests/integration/feature-layering.test.ts` keeps the layers.\n\n";
  writeFileSync(architecturePath, architecture.replace(WHERE, WHERE + paragraph));
} else
  process.stderr.write(
    "move-to-slices: docs/ARCHITECTURE.md has no 'Where code goes' section; add the layout by hand\n",
  );

// Named step: the catalogs' test skips the database layer by its folder, which is now platform/db,
// and finds the form schemas by their name (*.schema.ts), not in app/schemas/ (checked in the preflight).
writeFileSync(
  catalogsTest,
  catalogsText
    .replace(skippedFolder, 'path.join(APP_DIR, "platform", "db")')
    .replace(schemaFolder, '    const schemaFiles = files.filter((file) => file.endsWith(".schema.ts"));'),
);

// Named step: git mv leaves the old folders behind empty (app/.server, app/routes …); they go.
function removeEmptyFolders(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(folder, entry.name));
  }
  if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
}
for (const top of ["app", "tests"]) removeEmptyFolders(path.join(root, top));

// Named step: the layering test of the new layout (decision 047) joins the suite.
const layeringTest = "tests/integration/feature-layering.test.ts";
writeFileSync(
  path.join(root, layeringTest),
  readFileSync(path.join(root, "scripts/move-to-slices/feature-layering.test.ts.txt"), "utf8"),
);
git("add", layeringTest);

// Named step: React Router's generated route types still describe app/routes/; typecheck regenerates them.
rmSync(path.join(root, ".react-router"), { recursive: true, force: true });

// Named step: imports sorted and lines wrapped as biome wants them after the paths changed.
const changed = [...new Set([...moves.values(), ...[...edits.keys()].map(newPlace), layeringTest])].filter(
  (f) => SOURCE.test(f),
);
execFileSync(
  path.join(root, "node_modules/.bin/biome"),
  ["check", "--write", "--no-errors-on-unmatched", ...changed],
  {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  },
);
const rootFiles = [...edits.keys()].filter((file) => !file.includes("/"));
git("add", "-A", "app", "server", "tests", "scripts", "bin", "biome.json", "docs", "README.md", ...rootFiles);

process.stdout.write(`${summary()}\n  ${mentionCount} path mentions updated in comments and docs\n`);
process.stdout.write(
  "Next: npm run typecheck && npm run lint && node bin/lederdialog.mjs build && npx vitest run\n",
);
