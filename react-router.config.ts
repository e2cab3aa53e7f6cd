import type { Config } from "@react-router/dev/config";

export default {
  // Server-rendered pages that work without JavaScript: the core of the product (docs/decisions/001).
  ssr: true,
  // The whole route manifest ships with the first page (the app is small), so links keep working
  // offline instead of fetching /__manifest on hover: the step pages must work on a train.
  routeDiscovery: { mode: "initial" },
  future: {
    // The v8 flags are on so that moving to React Router 8 (Node 22+) is a version bump.
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
