// Builds the add-in into dist/: functions.js + functions.json (custom functions), taskpane.html + taskpane.js
// (the shared-runtime page, which loads both bundles), manifest.xml and assets.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted. Every occurrence of urlDev in manifest.xml is replaced by it.
const urlProd = ensureTrailingSlash(
  process.env.TOKENOMICS_PROD_URL || "https://tokenomics-addin.example.com/"
);

function ensureTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function httpsOptions() {
  // Dev certificates are only needed by `webpack serve`; a plain build never asks for them.
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `Could not install dev certificates (${error.message}); serving over http. See README "Sideloading".`
    );
    return undefined;
  }
}

/**
 * Excel passes an error cell (#DIV/0!, #N/A, ...) inside a range to an `any` parameter only when
 * functions.json says `allowErrorForDataTypeAny`; custom-functions-metadata does not emit that flag, so the
 * build adds it, once every other plugin has written functions.json.
 */
class AllowErrorsInRangesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AllowErrorsInRanges", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AllowErrorsInRanges", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const flagged = { allowErrorForDataTypeAny: true, ...metadata };
          compilation.updateAsset(
            "functions.json",
            new sources.RawSource(JSON.stringify(flagged, null, 4))
          );
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : undefined;
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { onlyCompileBundledFiles: true, compilerOptions: { sourceMap: true } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        // Every file that declares functions; functions.ts, the bundle's entry, re-exports them.
        input: [
          "./src/functions/unitEconomics.ts",
          "./src/functions/investment.ts",
          "./src/functions/lookups.ts",
          "./src/functions/periods.ts",
          "./src/functions/platforms.ts",
          "./src/functions/decide.ts",
        ],
      }),
      new AllowErrorsInRangesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime: one page registers the functions and hosts the pane. The two bundles stay
        // separate modules, and the pane never imports functions.ts, so each function registers once.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              // URLs first, then the bare origin (AppDomain), so no localhost survives a production build.
              return content
                .toString()
                .replace(new RegExp(escapeRegExp(urlDev), "g"), urlProd)
                .replace(
                  new RegExp(escapeRegExp(new URL(urlDev).origin), "g"),
                  new URL(urlProd).origin
                );
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
