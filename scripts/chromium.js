// Where Debian's Chromium is and how to start it headless on a machine whose only network is loopback.
// Shared by the end-to-end tests, jest.config.js and the benchmark. Never a downloaded browser.
"use strict";
const fs = require("fs");

/**
 * Debian's chromium (apt-get install chromium), or CHROMIUM_PATH; undefined when there is none.
 * @returns {string | undefined}
 */
function chromiumPath() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (candidate) => candidate && fs.existsSync(candidate)
  );
}

/** @type {readonly string[]} */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  // Without these Chromium keeps reaching for Google's hosts, which this machine refuses.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Every host but the local server fails at once, so a stray external request cannot stall a run offline.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

module.exports = { chromiumPath, CHROMIUM_ARGS };
