import { TokenomicsInputError } from "../../src/core";
import { CustomFunctionsError } from "./customFunctionsRuntime";

/** What `call` throws (undefined when it returns). */
export function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectMessage(actual: string, message: string | RegExp | undefined): void {
  if (typeof message === "string") expect(actual).toBe(message);
  else if (message) expect(actual).toMatch(message);
}

/** Asserts that `call` throws a TokenomicsInputError with this code, parameter and message text. */
export function expectInputError(
  call: () => unknown,
  parameter: string,
  message: string | RegExp,
  code = "outOfRange"
): void {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(TokenomicsInputError);
  expect((error as TokenomicsInputError).code).toBe(code);
  expect((error as TokenomicsInputError).parameter).toBe(parameter);
  expectMessage((error as TokenomicsInputError).message, message);
}

/** Asserts that a custom-function call throws CustomFunctions.Error with this Excel error and message. */
export function expectExcelError(
  call: () => unknown,
  code: string,
  message?: string | RegExp
): void {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(CustomFunctionsError);
  expect((error as CustomFunctionsError).code).toBe(code);
  expectMessage((error as CustomFunctionsError).message, message);
}
