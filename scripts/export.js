#!/usr/bin/env node
// `npm run export -- --platform GB200 --out model.xlsx [--gpus N --price P --utilization U --years Y --force]`
// (`--help` lists every option, including `--variant buildout --deliveries 18,18,18,18 --lag 1`):
// the standalone workbook from the command line. `npm run export` compiles the exporter first
// (scripts/export.webpack.config.js → build/export/xlsxCli.js); this file gives it node's file system.
"use strict";
const fs = require("fs");
const path = require("path");

/** @type {{ runExport: (argv: readonly string[], io: object) => Promise<number> }} */
const { runExport } = require(path.join(__dirname, "..", "build", "export", "xlsxCli.js"));

const io = {
  /** @param {string} file */
  exists: (file) => fs.existsSync(file),
  /** @param {string} file @param {Uint8Array} bytes */
  writeFile: (file, bytes) => fs.writeFileSync(file, bytes, { flag: "w" }),
  /** @param {string} line */
  out: (line) => console.log(line),
  /** @param {string} line */
  err: (line) => console.error(line),
  today: new Date().toISOString().slice(0, 10),
};

runExport(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`Export failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  }
);
