import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";

export default defineConfig({
  // The server build's entry is our own Express app (server/app.ts), which imports the React Router
  // build virtually: one module graph, so router contexts created in app/ are the same objects the
  // server fills in (docs/decisions/002). With v8_viteEnvironmentApi React Router reads the entry
  // from the ssr environment. The seeding tools (demo, bench) are a second entry, so their made-up
  // people never ship in the product's server bundle (build/server/index.js and what it imports).
  environments: {
    ssr: {
      build: {
        rollupOptions: { input: { index: "./server/app.ts", seeding: "./server/seeding.ts" } },
      },
    },
  },
  resolve: { tsconfigPaths: true },
  plugins: [reactRouter(), serverEntriesByName()],
});

/** React Router names every server entry after its build file ("index.js"); ours keep their input names. */
function serverEntriesByName(): Plugin {
  return {
    name: "lederdialog:server-entries-by-name",
    enforce: "post",
    configEnvironment(name, config) {
      const output = config.build?.rollupOptions?.output;
      if (name === "ssr" && output && !Array.isArray(output)) output.entryFileNames = "[name].js";
    },
  };
}
