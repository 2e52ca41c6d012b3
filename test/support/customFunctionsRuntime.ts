/**
 * A stand-in for the parts of Excel's custom-functions runtime the add-in uses: `CustomFunctions.Error`,
 * `ErrorCode` (the string values of @types/custom-functions-runtime) and `associate`, which records each
 * registration so tests can call functions by their Excel ID the way Excel does.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export interface StandInRuntime {
  readonly Error: typeof CustomFunctionsError;
  readonly ErrorCode: typeof ERROR_CODES;
  readonly associate: (
    id: string | Record<string, unknown>,
    fn?: (...args: unknown[]) => unknown
  ) => void;
  /** Every registration in order, duplicates included, so double registration is visible. */
  readonly registrations: { id: string; fn: (...args: unknown[]) => unknown }[];
}

export function createCustomFunctionsRuntime(): StandInRuntime {
  const registrations: StandInRuntime["registrations"] = [];
  return {
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
    registrations,
    associate(id, fn) {
      if (typeof id === "string" && fn) registrations.push({ id, fn });
      else if (typeof id === "object") {
        for (const [key, value] of Object.entries(id))
          registrations.push({ id: key, fn: value as never });
      }
    },
  };
}
