// Starts the production build for the browser tests on a fresh, empty data folder.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

rmSync(process.env.DATA_DIR, { recursive: true, force: true });
// `demo`: the app as `npm start`, plus the demo organisation, so tests can sign in as each role.
const child = spawn(process.execPath, ["bin/lederdialog.mjs", "demo"], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
