#!/usr/bin/env node
// `npm run dev`: the app with Vite's dev server (hot reload), on the same Express pipeline and
// database as `npm start`.
import express from "express";
import { createServer } from "vite";

const port = Number(process.env.PORT ?? 3000);
const vite = await createServer({ server: { middlewareMode: true }, appType: "custom" });
const ssr = vite.environments.ssr;
const { createDevelopmentApp } = await ssr.runner.import("./server/app.ts");
const appRouter = await createDevelopmentApp(() => ssr.runner.import("virtual:react-router/server-build"));

const app = express();
app.use(vite.middlewares);
app.use(appRouter);
app.listen(port, () => process.stdout.write(`Lederdialog (development) at http://localhost:${port}\n`));
