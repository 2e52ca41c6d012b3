/** @type {import('jest').Config} */
const { chromiumPath } = require("./scripts/chromium");

// The end-to-end tests drive Debian's Chromium (apt-get install chromium). CI installs it and must run them;
// on a developer machine without it they are left out, loudly, instead of failing the whole run.
const skipE2e = !chromiumPath() && process.env.CI !== "true";
if (skipE2e) {
  console.warn(
    "\n[tokenomics] End-to-end tests left out: Chromium not found. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.\n"
  );
}

const E2E_DIR = "<rootDir>/test/e2e/";

/** What every project shares: ts-jest with the repo's tsconfig, the runtime global, the manifest stub. */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
  // office-addin-mock needs only OfficeApp from office-addin-manifest, whose ESM dependency Jest 30 on Node 20 cannot load.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
};

// Two projects so `npm run test:unit` (--selectProjects unit) runs everything but the browser, and
// `npm run test:e2e` only the browser; plain `jest` runs both. Without Chromium the e2e project matches
// nothing, so `npm run test:e2e` then fails with "No tests found" under the warning above.
module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      testPathIgnorePatterns: ["/node_modules/", E2E_DIR],
    },
    {
      ...shared,
      displayName: "e2e",
      roots: [E2E_DIR],
      testPathIgnorePatterns: ["/node_modules/", ...(skipE2e ? [E2E_DIR] : [])],
    },
  ],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
