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

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", ...(skipE2e ? ["<rootDir>/test/e2e/"] : [])],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
  // office-addin-mock needs only OfficeApp from office-addin-manifest, whose ESM dependency Jest 30 on Node 20 cannot load.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
