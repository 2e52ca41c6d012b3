// `npm stop`: ends a desktop sideload started by `npm start`. The web/standalone server runs in the
// foreground of `npm start`, so Ctrl+C there stops it.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
try {
  require.resolve("office-addin-debugging", { paths: [root] });
} catch {
  console.log(
    'Nothing to stop here: "npm start" serves in the foreground; press Ctrl+C in its terminal.'
  );
  process.exit(0);
}
const bin = path.join(
  root,
  "node_modules",
  ".bin",
  process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging"
);
const result = spawnSync(bin, ["stop", "manifest.xml"], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(result.status === null ? 1 : result.status);
