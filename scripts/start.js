// `npm start`: builds the add-in, then
//  - on Windows or Mac with office-addin-debugging installed: serves it and sideloads it into Excel desktop;
//  - anywhere else (Linux, CI, no Excel, or `npm start -- --web`): serves dist/ on https://localhost:3000
//    and prints how to load it into Excel on the web, or how to use the pane as a standalone calculator.
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { serveDirectory } = require("./serve");

const root = path.resolve(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const wantWeb = process.argv.includes("--web");
const bin = (/** @type {string} */ name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

/** @param {readonly string[]} lines */
function say(lines) {
  console.log(["", ...lines, ""].join("\n"));
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`\nnpm start: ${message}\n`);
  process.exit(1);
}

function build() {
  console.log("Building the add-in (webpack, development mode)…");
  if (!fs.existsSync(bin("webpack")))
    fail('dependencies are not installed: run "npm install" first.');
  const result = spawnSync(
    bin("webpack"),
    ["--mode", "development", "--stats", "errors-warnings"],
    { cwd: root, stdio: "inherit", shell: process.platform === "win32" }
  );
  if (result.status !== 0) fail("the build failed (see the webpack errors above).");
}

/** @returns {{ ok: true } | { ok: false, why: string }} */
function canSideloadDesktop() {
  if (wantWeb) return { ok: false, why: "you asked for Excel on the web (--web)" };
  if (process.platform !== "win32" && process.platform !== "darwin") {
    return { ok: false, why: `Excel desktop does not run on ${process.platform}` };
  }
  try {
    require.resolve("office-addin-debugging", { paths: [root] });
  } catch {
    return {
      ok: false,
      why: "office-addin-debugging is not installed (it is optional; npm skips it where it cannot build)",
    };
  }
  return { ok: true };
}

/** The first line of what was thrown, for a one-line notice. */
function firstLineOf(/** @type {unknown} */ thrown) {
  return String(thrown instanceof Error ? thrown.message : thrown).split("\n")[0];
}

/**
 * @returns {Promise<{ tls?: import("https").ServerOptions, ca?: string, trusted?: boolean, why?: string }>}
 */
async function certificates() {
  // Excel only loads add-ins over https. office-addin-dev-certs makes a local CA and a localhost certificate;
  // installing the CA needs an administrator, so when that fails we still serve with the generated files.
  try {
    const devCerts = require("office-addin-dev-certs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    try {
      return {
        tls: await devCerts.getHttpsServerOptions(),
        ca: defaults.caCertificatePath,
        trusted: true,
      };
    } catch (installError) {
      if (!fs.existsSync(defaults.localhostCertificatePath)) await devCerts.generateCertificates();
      return {
        tls: {
          key: fs.readFileSync(defaults.localhostKeyPath),
          cert: fs.readFileSync(defaults.localhostCertificatePath),
        },
        ca: defaults.caCertificatePath,
        trusted: false,
        why: firstLineOf(installError),
      };
    }
  } catch (error) {
    return { tls: undefined, why: firstLineOf(error) };
  }
}

/** @param {string} reason - why Excel desktop was not started */
async function serveForWeb(reason) {
  const certs = await certificates();
  let served;
  try {
    served = await serveDirectory(path.join(root, "dist"), {
      host: "localhost",
      port,
      tls: certs.tls,
    });
  } catch (caught) {
    const error = /** @type {NodeJS.ErrnoException} */ (caught);
    if (error.code === "EADDRINUSE")
      fail(`port ${port} is in use. Stop whatever serves it (another "npm start"?) and try again.`);
    fail(`could not serve dist/: ${error.message}`);
  }
  const { url } = served;
  const certLines = !certs.tls
    ? [
        `  ! Serving over plain http (${certs.why}). Excel needs https; the standalone calculator works as is.`,
      ]
    : certs.trusted
      ? ["  The development certificate is trusted on this machine."]
      : [
          `  ! The development CA could not be installed (${certs.why}).`,
          `    Trust it yourself, once: import ${certs.ca} as a trusted root`,
          "    (Windows: certmgr; Mac: Keychain Access; Linux/Chrome: Settings > Privacy and security > Manage certificates).",
        ];
  say([
    "Tokenomics for Excel is being served.",
    `  Task pane and standalone calculator: ${url}taskpane.html`,
    `  Custom functions: ${url}functions.js, metadata ${url}functions.json`,
    `  Manifest: ${path.join(root, "dist", "manifest.xml")}`,
    "",
    `Excel was not started: ${reason}.`,
    "To load the add-in into Excel on the web:",
    "  1. Open a workbook at https://www.office.com (same machine, so localhost resolves here).",
    "  2. Home > Add-ins > More Add-ins > Upload My Add-in (older layouts: Insert > Add-ins), and choose the manifest above.",
    "  3. Type =TOKENOMICS. in a cell, or open Home > Token economics.",
    ...certLines,
    "",
    "Press Ctrl+C to stop.",
  ]);
}

function sideloadDesktop() {
  console.log(
    "Starting the dev server and sideloading into Excel desktop (office-addin-debugging)…"
  );
  const child = spawn(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code === null ? 1 : code));
}

async function main() {
  build();
  const desktop = canSideloadDesktop();
  if (desktop.ok) sideloadDesktop();
  else await serveForWeb(desktop.why);
}

main().catch((error) => fail(error instanceof Error && error.stack ? error.stack : String(error)));
process.on("SIGINT", () => {
  console.log(`\nStopped (${os.hostname()}).`);
  process.exit(0);
});
