import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

import type { StandInRuntime } from "./customFunctionsRuntime";
import { createCustomFunctionsRuntime } from "./customFunctionsRuntime";

export const DIST = path.resolve(__dirname, "../../dist");

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: {
    name: string;
    description?: string;
    type?: string;
    optional?: boolean;
    dimensionality?: string;
  }[];
  result: { type?: string; dimensionality?: string };
}

function readDist(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full))
    throw new Error(`${full} is missing: run "npm run build" first (npm test does).`);
  return fs.readFileSync(full, "utf8");
}

/** The functions.json that webpack emitted. */
export function builtMetadata(): FunctionMetadata[] {
  return (JSON.parse(readDist("functions.json")) as { functions: FunctionMetadata[] }).functions;
}

/**
 * Loads the emitted functions.js into a fresh JavaScript realm whose only Office global is a stand-in
 * custom-functions runtime, as Excel's runtime would, and returns what it registered.
 */
export function loadBuiltFunctions(): {
  runtime: StandInRuntime;
  byId: Map<string, (...args: unknown[]) => unknown>;
} {
  const runtime = createCustomFunctionsRuntime();
  const context = vm.createContext({ CustomFunctions: runtime, console });
  vm.runInContext(readDist("functions.js"), context, { filename: "functions.js" });
  const byId = new Map(runtime.registrations.map((r) => [r.id, r.fn]));
  return { runtime, byId };
}

export function builtFile(file: string): string {
  return readDist(file);
}
