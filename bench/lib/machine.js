/** The machine a run was measured on, so two results files can be told apart. */
"use strict";
const fs = require("fs");
const os = require("os");

function cpuModel() {
  try {
    const match = fs.readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m);
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return os.cpus()[0]?.model ?? "unknown";
}

function describeMachine() {
  return {
    cpuCount:
      typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length,
    cpuModel: cpuModel(),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  };
}

/** 1-minute load average: on a shared machine, a high figure explains a slow run. */
function loadAverage1m() {
  const [oneMinute = 0] = os.loadavg();
  return Math.round(oneMinute * 100) / 100;
}

module.exports = { describeMachine, loadAverage1m };
