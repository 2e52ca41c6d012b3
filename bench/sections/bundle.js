/**
 * Bundle weight: bytes and gzipped bytes (zlib, default level 6, as a web server would send them) of the
 * custom-functions bundle, and of the whole task pane: taskpane.html plus every local script and stylesheet
 * it references (in the shared runtime that includes functions.js).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { DIST_DIR, distPath } = require("../lib/builtBundle");
const format = require("../lib/format");

/** The budget for the functions bundle, gzipped: 60 kB. */
const FUNCTIONS_GZIP_BUDGET_BYTES = 60_000;

/** @param {string} file - a file name under dist/ */
function weigh(file) {
  const content = fs.readFileSync(path.join(DIST_DIR, file));
  return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content).length };
}

/**
 * Local files a page references with <script src> or <link href> (attributes may be unquoted when minified).
 * @param {string} html
 * @returns {string[]}
 */
function referencedLocalFiles(html) {
  const pattern = /<(?:script|link)\b[^>]*?\b(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  /** @type {string[]} */
  const files = [];
  for (const match of html.matchAll(pattern)) {
    const reference = match[1] ?? match[2] ?? match[3] ?? "";
    if (/^([a-z]+:)?\/\//i.test(reference) || reference.startsWith("data:")) continue;
    const file = (reference.split(/[?#]/)[0] ?? "").replace(/^\.?\//, "");
    if (/\.(js|css)$/i.test(file) && fs.existsSync(path.join(DIST_DIR, file))) files.push(file);
  }
  return [...new Set(files)];
}

function benchmarkBundle() {
  distPath("functions.js");
  const functions = weigh("functions.js");
  const html = fs.readFileSync(distPath("taskpane.html"), "utf8");
  const paneFiles = [weigh("taskpane.html"), ...referencedLocalFiles(html).map(weigh)];
  const pane = {
    files: paneFiles,
    bytes: paneFiles.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: paneFiles.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
  return {
    functions,
    pane,
    target: {
      text: `functions.js ≤ ${FUNCTIONS_GZIP_BUDGET_BYTES.toLocaleString("en-US")} B gzipped`,
      pass: functions.gzipBytes <= FUNCTIONS_GZIP_BUDGET_BYTES,
    },
  };
}

/** @param {ReturnType<typeof benchmarkBundle>} result */
function renderBundle(result) {
  return format.markdownTable(
    ["Bundle", "Bytes", "Gzipped", "Target", "Result"],
    [
      [
        "functions.js",
        format.bytes(result.functions.bytes),
        format.bytes(result.functions.gzipBytes),
        result.target.text,
        format.passOrMiss(result.target.pass),
      ],
      [
        `task pane (${result.pane.files.map((f) => f.file).join(" + ")})`,
        format.bytes(result.pane.bytes),
        format.bytes(result.pane.gzipBytes),
        "",
        "",
      ],
    ]
  );
}

module.exports = { benchmarkBundle, renderBundle, referencedLocalFiles };
