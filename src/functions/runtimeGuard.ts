/**
 * Outside Excel (the task pane opened in a plain browser as a standalone calculator) there is no
 * custom-functions runtime, and the registrations appended to functions.ts would throw "CustomFunctions is
 * not defined". Where the runtime is missing, register into a no-op instead; inside Excel this does nothing.
 */
const scope = globalThis as unknown as { CustomFunctions?: unknown };

if (typeof scope.CustomFunctions === "undefined") {
  class StandaloneError extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message);
    }
  }
  scope.CustomFunctions = {
    associate: () => undefined,
    Error: StandaloneError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
}

export {};
