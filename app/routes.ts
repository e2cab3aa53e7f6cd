import { index, type RouteConfig, route } from "@react-router/dev/routes";

// Danish paths: the product is Danish first, and the paths are what people see and share.
export default [
  index("routes/landing.tsx"),
  route("om-vaerktoejet", "routes/about.tsx"),
  route("tilgaengelighed", "routes/accessibility-statement.tsx"),
  route("opret-konto", "routes/sign-up.tsx"),
  route("log-ind", "routes/sign-in.tsx"),
  route("log-ud", "routes/sign-out.tsx"),
  route("glemt-adgangskode", "routes/forgot-password.tsx"),
  route("nulstil-adgangskode/:token", "routes/reset-password.tsx"),
  route("sprog", "routes/set-language.tsx"),
  route("min-lederdialog", "routes/my-dialogue.tsx"),
  route("min-lederdialog/gem", "routes/autosave.tsx"),
  route("min-lederdialog/forbered", "routes/prepare-index.tsx"),
  route("min-lederdialog/forbered/hjaelper", "routes/prepare-helper.tsx"),
  route("min-lederdialog/forbered/:theme", "routes/prepare-theme.tsx"),
  route("min-lederdialog/kontrakt", "routes/kontrakt.tsx"),
  route("min-lederdialog/kontrakt.pdf", "routes/kontrakt-pdf.tsx"),
  route("min-lederdialog/aftaler/:agreementId", "routes/agreement.tsx"),
  route("min-lederdialog/aftaler/:agreementId/kalender.ics", "routes/agreement-calendar.tsx"),
  route("min-lederdialog/forloeb/:cycleId", "routes/archived-cycle.tsx"),
  route("min-lederdialog/kalender", "routes/calendar-settings.tsx"),
  route("min-lederdialog/dialog", "routes/dialogue-prepare.tsx"),
  route("min-lederdialog/dialog/forhaandsvisning", "routes/dialogue-preview.tsx"),
  route("kalender/:file", "routes/calendar-feed.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
