import * as fs from "fs";
import type { Server } from "http";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";

import { chromiumPath, CHROMIUM_ARGS } from "../../scripts/chromium";
import { DIST } from "../support/builtBundle";

const { serveDirectory } = require("../../scripts/serve.js") as {
  serveDirectory: (
    root: string,
    options?: { host?: string; port?: number }
  ) => Promise<{ server: Server; url: string }>;
};

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const STAND_IN = fs.readFileSync(path.join(__dirname, "officeStandIn.js"), "utf8");
export const SCREENSHOTS = path.resolve(__dirname, "../../test-results");

export interface Session {
  browser: Browser;
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startSession(): Promise<Session> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error("Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH");
  const { server, url } = await serveDirectory(DIST, { host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  return {
    browser,
    baseUrl: url.replace("localhost", "127.0.0.1"),
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface PaneOptions {
  /** Serve the Office/Excel stand-in for office.js (in Excel); otherwise office.js is unreachable (a browser). */
  inExcel: boolean;
  seed?: unknown;
  /** Serve Microsoft's real office.js (from @microsoft/office-js) outside Office instead of refusing it. */
  realOfficeJs?: boolean;
}

const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** A file of the real office.js distribution for a hosted URL, if it ships one. */
function realOfficeFile(url: string): string | undefined {
  if (!url.startsWith(HOSTED)) return undefined;
  const file = path.join(OFFICE_DIST, url.slice(HOSTED.length).split("?")[0] ?? "");
  return file.startsWith(OFFICE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()
    ? file
    : undefined;
}

/** Opens the built task pane; every request off this machine is refused and recorded. */
export async function openPane(
  session: Session,
  options: PaneOptions
): Promise<{ page: Page; external: string[]; errors: string[]; console: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 420, height: 900 } });
  const external: string[] = [];
  const errors: string[] = [];
  const consoleLines: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => consoleLines.push(message.text()));
  if (options.seed)
    await page.addInitScript(
      (seed) => ((window as unknown as { __workbookSeed: unknown }).__workbookSeed = seed),
      options.seed
    );
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(session.baseUrl)) return route.continue();
    if (url === OFFICE_JS && options.inExcel)
      return route.fulfill({ contentType: "text/javascript", body: STAND_IN });
    const real = options.realOfficeJs ? realOfficeFile(url) : undefined;
    if (real)
      return route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(real, "utf8") });
    // Real office.js also reaches for telemetry and other pages of Microsoft's; refused, and not counted.
    if (!options.realOfficeJs) external.push(url);
    return route.abort();
  });
  await page.goto(`${session.baseUrl}taskpane.html`);
  await page.waitForSelector(`body[data-ready="${options.inExcel ? "excel" : "standalone"}"]`);
  return { page, external, errors, console: consoleLines };
}
