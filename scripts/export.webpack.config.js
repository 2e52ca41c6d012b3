// Compiles the exporter (src/taskpane/workbook/xlsxCli.ts and what it imports: core, presets, the native
// model sheet, the .xlsx writer) for node into build/export/, for scripts/export.js. exceljs stays a plain
// require from node_modules.
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: { xlsxCli: "./src/taskpane/workbook/xlsxCli.ts" },
  output: {
    path: path.resolve(__dirname, "..", "build", "export"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  externals: { exceljs: "commonjs exceljs" },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
};
