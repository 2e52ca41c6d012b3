/**
 * Task-pane start: time from navigation to the first platform of the preset list being visible, in headless
 * Chromium (Debian's /usr/bin/chromium, driven by playwright-core), with dist/ served on 127.0.0.1 and
 * office.js replaced by an empty script: the pane must work outside Office. Each run opens a fresh browser
 * context (empty cache), as a first open of the pane would.
 *
 * Two figures per run: in the page, performance.now() when a MutationObserver first sees the item visible
 * (navigation start to visible, no driver overhead); and outside, the wall time from goto() to Playwright
 * seeing it. The same is measured on a one-line static page holding the list (the browser's floor: a fresh
 * context, a renderer, one request), so the pane's own share is the difference. The figure is reported as
 * unavailable, without failing the bench, when Chromium is missing or the pane never shows the list.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { summarize } = require("../lib/stats");
const format = require("../lib/format");

const { chromiumPath, CHROMIUM_ARGS } = require("../../scripts/chromium");
const READY_SELECTOR = '[data-testid="platform-list"] [data-testid="platform-item"]';
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/**";
const READY_TIMEOUT_MS = 10_000;
const WARM_UP_COUNT = 1;
const REPEAT_COUNT = 5;
const TARGET_READY_MS = 1000;

/** @typedef {Window & { __paneReadyMs?: number }} ReadyWindow the page, with when the pane became ready */

/**
 * Runs in the page before any of its scripts: records when the ready selector first matches a visible element.
 * @param {string} selector
 */
function recordReadyTime(selector) {
  const page = /** @type {ReadyWindow} */ (window);
  const isVisible = (/** @type {Element} */ element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return (
      box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none"
    );
  };
  const check = () => {
    if (page.__paneReadyMs !== undefined) return;
    const element = document.querySelector(selector);
    if (element && isVisible(element)) page.__paneReadyMs = performance.now();
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
  document.addEventListener("DOMContentLoaded", check);
}

/** A static page that already holds the list: what any page costs to show in a fresh context. */
const FLOOR_PAGE_HTML =
  '<!doctype html><meta charset="utf-8"><ul data-testid="platform-list"><li data-testid="platform-item">B200</li></ul>';

function writeFloorPage() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "tokenomics-bench-floor-"));
  fs.writeFileSync(path.join(directory, "taskpane.html"), FLOOR_PAGE_HTML);
  return directory;
}

/**
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 */
async function openPaneOnce(browser, url) {
  const context = await browser.newContext();
  /** @type {string[]} */
  const pageErrors = [];
  try {
    await context.route(OFFICE_JS_URL, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
    );
    await context.addInitScript(recordReadyTime, READY_SELECTOR);
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const start = process.hrtime.bigint();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector(READY_SELECTOR, { state: "visible", timeout: READY_TIMEOUT_MS });
    const outsideMs = Number(process.hrtime.bigint() - start) / 1e6;
    const { inPageMs, domContentLoadedMs } = await page.evaluate(() => ({
      inPageMs: /** @type {ReadyWindow} */ (window).__paneReadyMs,
      domContentLoadedMs: /** @type {PerformanceNavigationTiming | undefined} */ (
        performance.getEntriesByType("navigation")[0]
      )?.domContentLoadedEventEnd,
    }));
    return {
      outsideMs,
      inPageMs: typeof inPageMs === "number" ? inPageMs : NaN,
      domContentLoadedMs: typeof domContentLoadedMs === "number" ? domContentLoadedMs : NaN,
      pageErrors,
    };
  } finally {
    await context.close();
  }
}

/**
 * @typedef {import("../lib/stats").Stats} Stats
 * @typedef {{ available: false, reason: string }} TaskpaneUnavailable
 * @typedef {{
 *   available: true,
 *   chromiumVersion: string,
 *   inPageMs: Stats,
 *   outsideMs: Stats,
 *   domContentLoadedMs: Stats,
 *   floorInPageMs: Stats,
 *   paneShareMs: number,
 *   pageErrors: string[],
 *   target: { text: string, pass: boolean },
 * }} TaskpaneTimings
 */

/**
 * @param {{ log: (message: string) => void, root?: string }} context - root: the directory to serve;
 *   dist/ unless a test points it elsewhere
 * @returns {Promise<TaskpaneUnavailable | TaskpaneTimings>}
 */
async function benchmarkTaskpane({ log, root = path.resolve(__dirname, "../../dist") }) {
  const executablePath = chromiumPath();
  if (!executablePath)
    return { available: false, reason: "Chromium not found (apt-get install chromium)" };
  const { chromium } = require("playwright-core");
  const { serveDirectory } = require("../../scripts/serve.js");
  const floorDirectory = writeFloorPage();
  /** @type {import("http").Server[]} */
  const servers = [];
  /** @type {import("playwright-core").Browser | undefined} */
  let browser;
  try {
    const urlOf = async (/** @type {string} */ directory) => {
      const { server, url } = await serveDirectory(directory, { host: "127.0.0.1", port: 0 });
      servers.push(server);
      return `${url.replace("localhost", "127.0.0.1")}taskpane.html`;
    };
    const paneUrl = await urlOf(root);
    const floorUrl = await urlOf(floorDirectory);
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
    /** @typedef {Awaited<ReturnType<typeof openPaneOnce>>} Run */
    /** @type {{ pane: Run[], floor: Run[] }} */
    const runs = { pane: [], floor: [] };
    for (let i = 0; i < WARM_UP_COUNT + REPEAT_COUNT; i++) {
      try {
        runs.pane.push(await openPaneOnce(browser, paneUrl));
      } catch (error) {
        // One timeout means the pane has no preset list (yet): report it, do not wait 10 s five more times.
        return { available: false, reason: firstLine(errorMessage(error)) };
      }
      runs.floor.push(await openPaneOnce(browser, floorUrl));
    }
    log(`  ${REPEAT_COUNT} runs after ${WARM_UP_COUNT} warm-up, pane and floor page in turn`);
    const timed = (/** @type {Run[]} */ list) => list.slice(WARM_UP_COUNT);
    const inPageMs = summarize(timed(runs.pane).map((run) => run.inPageMs));
    const floorInPageMs = summarize(timed(runs.floor).map((run) => run.inPageMs));
    return {
      available: true,
      chromiumVersion: browser.version(),
      inPageMs,
      outsideMs: summarize(timed(runs.pane).map((run) => run.outsideMs)),
      domContentLoadedMs: summarize(timed(runs.pane).map((run) => run.domContentLoadedMs)),
      floorInPageMs,
      paneShareMs: inPageMs.median - floorInPageMs.median,
      pageErrors: [...new Set(runs.pane.flatMap((run) => run.pageErrors))],
      target: { text: `< ${TARGET_READY_MS} ms`, pass: inPageMs.median < TARGET_READY_MS },
    };
  } catch (error) {
    return { available: false, reason: firstLine(errorMessage(error)) };
  } finally {
    if (browser) await browser.close();
    for (const server of servers) server.close();
    fs.rmSync(floorDirectory, { recursive: true, force: true });
  }
}

/** @param {unknown} error */
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {string} text */
function firstLine(text) {
  return (text.split("\n")[0] ?? "").slice(0, 200);
}

/** @param {TaskpaneUnavailable | TaskpaneTimings} result */
function renderTaskpane(result) {
  if (!result.available) {
    return `Task-pane start: unavailable (${result.reason}). Target < ${TARGET_READY_MS} ms: not measured.`;
  }
  const ms = (/** @type {Stats} */ stats) => format.medianAndRange(stats, format.milliseconds);
  let text = format.markdownTable(
    [
      "Task-pane start (Chromium " + result.chromiumVersion + ")",
      "Median (min–max)",
      "Target",
      "Result",
    ],
    [
      [
        "navigation start → preset list visible (in page)",
        ms(result.inPageMs),
        result.target.text,
        format.passOrMiss(result.target.pass),
      ],
      ["goto() → Playwright sees it (with driver overhead)", ms(result.outsideMs), "", ""],
      [
        "navigation start → DOMContentLoaded (scripts parsed and run)",
        ms(result.domContentLoadedMs),
        "",
        "",
      ],
      ["floor: a static page with the list (in page)", ms(result.floorInPageMs), "", ""],
    ]
  );
  text += `\nThe pane's own share (pane − floor, medians): ${format.milliseconds(result.paneShareMs)}.`;
  if (result.pageErrors.length)
    text += `\nPage errors during load: ${result.pageErrors.join(" | ")}`;
  return text;
}

module.exports = { benchmarkTaskpane, renderTaskpane };
