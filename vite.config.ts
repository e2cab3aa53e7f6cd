import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  // The server build's entry is our own Express app (server/app.ts), which imports the React Router
  // build virtually: one module graph, so router contexts created in app/ are the same objects the
  // server fills in (docs/decisions/002). With v8_viteEnvironmentApi React Router reads the entry
  // from the ssr environment.
  environments: { ssr: { build: { rollupOptions: { input: "./server/app.ts" } } } },
  resolve: { tsconfigPaths: true },
  plugins: [reactRouter()],
});
