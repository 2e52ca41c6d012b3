export declare const ERROR_CODES: {
  readonly invalidValue: "#VALUE!";
  readonly notAvailable: "#N/A";
  readonly divisionByZero: "#DIV/0!";
  readonly invalidNumber: "#NUM!";
  readonly nullReference: "#NULL!";
  readonly invalidName: "#NAME?";
  readonly invalidReference: "#REF!";
};

export declare class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string);
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

export declare function createCustomFunctionsRuntime(): StandInRuntime;
