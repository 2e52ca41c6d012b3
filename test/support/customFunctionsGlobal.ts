import { createCustomFunctionsRuntime } from "./customFunctionsRuntime";

// Unit tests import src/functions directly, outside Excel: give them the runtime global Excel provides.
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions =
  createCustomFunctionsRuntime();
