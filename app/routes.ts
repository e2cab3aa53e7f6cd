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
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
