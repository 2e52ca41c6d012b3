/**
 * The TOKENOMICS custom functions: Excel's view of the model, and the functions bundle's entry. Each
 * function is a JSDoc description (custom-functions-metadata turns it into functions.json, Excel's
 * autocomplete text), its parameter list and a one-line call into src/core or src/presets; they live by
 * theme in unitEconomics.ts, investment.ts and lookups.ts, each listed as an input of the metadata plugin in
 * webpack.config.js. Only src/functions touches `CustomFunctions` (the declarations through call.ts and
 * excelErrors.ts, and runtimeGuard.ts). Never import it from the task pane: in the shared runtime that
 * would register every function twice.
 */
export * from "./unitEconomics";
export * from "./investment";
export * from "./lookups";
export * from "./periods";
export * from "./platforms";
export * from "./decide";
