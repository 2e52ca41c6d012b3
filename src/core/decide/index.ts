/**
 * Decisions under uncertainty: the table model, TORNADO, SOLVEFOR, SCENARIOS and SIMULATE's core.
 */
export * from "./model";
export * from "./parameters";
export * from "./distributions";
export * from "./specialFunctions";
export * from "./random";
export * from "./statistics";
export * from "./sampling";
export * from "./simulate";
export * from "./uncertainTable";
export * from "./solve";
export * from "./tornado";
export * from "./scenarios";
export * from "./fastCashFlows";
