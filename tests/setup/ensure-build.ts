import { spawnSync } from "node:child_process";

// Some integration tests start the real launcher; build once here, so parallel test files never
// race to build the same folder.
export default function ensureBuild(): void {
  const result = spawnSync(process.execPath, ["bin/lederdialog.mjs", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("the build failed; see above");
}
