/**
 * The token-economics model: pure functions with documented units and formulas. No Office, DOM, I/O,
 * clock or randomness; imported by the custom-functions adapter and the task pane alike.
 */
export * from "./answer";
export * from "./constants";
export * from "./errors";
export * from "./messages";
export * from "./rules";
export * from "./finance";
export * from "./gpuHourCost";
export * from "./unitEconomics";
export * from "./cashFlows";
export * from "./frontier";
export * from "./roofline";
export * from "./operatingCost";
export * from "./periodRows";
// periods.ts also holds the engine SCHEDULE shares; only the functions and their inputs are the API.
export { gpusInService, periodMillionTokens } from "./periods";
export type { GpusInServiceInput, PeriodTokensInput } from "./periods";
export * from "./schedule";
export * from "./cashFlowRow";
export * from "./decide";
