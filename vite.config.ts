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
  plugins: [reactRouter(), serverEntriesByName(), catalogAreaChunkNames()],
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

/**
 * The browser's catalog chunks are named by language and area ("texts-da-core-<hash>.js"): da/core.ts
 * and en/core.ts would otherwise both be "core-<hash>.js", and the bench's page weights
 * (scripts/bench/page-weights.mjs) must tell them apart (docs/decisions/045).
 */
function catalogAreaChunkNames(): Plugin {
  return {
    name: "lederdialog:catalog-area-chunk-names",
    applyToEnvironment: (environment) => environment.name === "client",
    outputOptions(options) {
      const otherChunks = options.chunkFileNames ?? "assets/[name]-[hash].js";
      return {
        ...options,
        chunkFileNames: (chunk) => {
          const area = /\/i18n\/catalogs\/(da|en)\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? "");
          if (area) return `assets/texts-${area[1]}-${area[2]}-[hash].js`;
          return typeof otherChunks === "function" ? otherChunks(chunk) : otherChunks;
        },
      };
    },
  };
}
