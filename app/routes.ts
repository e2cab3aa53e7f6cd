import { index, layout, prefix, type RouteConfig, route } from "@react-router/dev/routes";

// Danish paths: the product is Danish first, and the paths are what people see and share.
export default [
  index("features/site/landing.route.tsx"),
  route("om-vaerktoejet", "features/site/about.route.tsx"),
  route("tilgaengelighed", "features/site/accessibility-statement.route.tsx"),
  route("privatliv", "features/site/privacy-policy.route.tsx"),
  route("opret-konto", "features/account/sign-up.route.tsx"),
  route("log-ind", "features/account/sign-in.route.tsx"),
  route("log-ud", "features/account/sign-out.route.tsx"),
  route("glemt-adgangskode", "features/account/forgot-password.route.tsx"),
  route("nulstil-adgangskode/:token", "features/account/reset-password.route.tsx"),
  route("bekraeft-email", "features/account/check-email.route.tsx"),
  route("bekraeft-email/:token", "features/account/verify-email.route.tsx"),
  route("sso/:slug", "features/sso/sso-start.route.tsx"),
  route("sso/:slug/oidc", "features/sso/sso-oidc-callback.route.tsx"),
  route("sso/:slug/saml", "features/sso/sso-saml-acs.route.tsx"),
  route("sso/:slug/saml/metadata.xml", "features/sso/sso-saml-metadata.route.tsx"),
  route("sso/:slug/fuldfoer/:signInId", "features/sso/sso-finish.route.tsx"),
  route("sso/:slug/bekraeft/:proofId", "features/sso/sso-link-proof.route.tsx"),
  route("sso/:slug/link/:token", "features/sso/sso-link-proof-mail.route.tsx"),
  route("sprog", "features/site/set-language.route.tsx"),
  // The fetch endpoints of the signed-in pages answer 401 in JSON, not a redirect, when the session
  // has ended, so the page keeps its draft: outside the signed-in area, each checks the user itself.
  route("min-lederdialog/gem", "features/autosave/autosave.route.tsx"),
  route("min-lederdialog/dialog/deling", "features/sharing/share-part.route.tsx"),
  // Anyone with the link: a spent or unknown invitation answers alike, signed in or not.
  route("invitation/:token", "features/dialogue/invitation.route.tsx"),
  // The areas: a layout route's middleware guards every page in it before its loader or action runs
  // (signed in; an administrator). Each route still checks what it shows (its owner, a dialogue's two
  // people, the figures' and the roll-out's roles: platform/auth/permissions.ts).
  layout("platform/middleware/signed-in-area.route.ts", [
    ...prefix("min-lederdialog", [
      index("features/home/my-dialogue.route.tsx"),
      route("forbered", "features/prepare/prepare-index.route.tsx"),
      route("forbered/hjaelper", "features/prepare/prepare-helper.route.tsx"),
      route("forbered/:theme", "features/prepare/prepare-theme.route.tsx"),
      route("kontrakt", "features/kontrakt/kontrakt.route.tsx"),
      route("kontrakt.pdf", "features/kontrakt/kontrakt-pdf.route.tsx"),
      route("aftaler/:agreementId", "features/agreements/agreement.route.tsx"),
      route("aftaler/:agreementId/kalender.ics", "features/calendar/agreement-calendar.route.tsx"),
      route("forloeb/:cycleId", "features/cycles/archived-cycle.route.tsx"),
      route("kalender", "features/calendar/calendar-settings.route.tsx"),
      route("mine-data.json", "features/privacy/data-export.route.tsx"),
      route("mine-data.html", "features/privacy/data-export-html.route.tsx"),
      route("slet-konto", "features/privacy/delete-account.route.tsx"),
      route("sikkerhed", "features/account/account-security.route.tsx"),
      route("dialog", "features/dialogue/dialogue-prepare.route.tsx"),
      route("dialog/forhaandsvisning", "features/dialogue/dialogue-preview.route.tsx"),
    ]),
    route("naermeste-leder/:dialogueId", "features/dialogue/nearest-leader-prepare.route.tsx"),
    route("mine-ledere", "features/dialogue/subordinate-leaders.route.tsx"),
    route("dialog/:dialogueId", "features/dialogue/meeting.route.tsx"),
    route("dialog/:dialogueId/kalender.ics", "features/dialogue/meeting-calendar.route.tsx"),
    route("tal", "features/figures/figures.route.tsx"),
    route("tal.csv", "features/figures/figures-csv.route.tsx"),
    route("udrul", "features/rollout/rollout.route.tsx"),
    layout("platform/middleware/admin-area.route.ts", [
      ...prefix("admin", [
        index("features/organisation/admin-people.route.tsx"),
        route("import", "features/organisation/admin-import.route.tsx"),
        route("log-ind", "features/sso/admin-sso.route.tsx"),
        route("log-ind/domaener", "features/sso/admin-email-domains.route.tsx"),
        route("opbevaring", "features/privacy/admin-retention.route.tsx"),
        route("enheder", "features/organisation/admin-units.route.tsx"),
        route("enheder/:unitId", "features/organisation/admin-unit.route.tsx"),
        route("personer/:userId", "features/organisation/admin-person.route.tsx"),
      ]),
    ]),
  ]),
  route("kalender/:file", "features/calendar/calendar-feed.route.tsx"),
  route("afmeld/:token", "features/reminders/unsubscribe.route.tsx"),
  route("*", "features/site/not-found.route.tsx"),
] satisfies RouteConfig;
