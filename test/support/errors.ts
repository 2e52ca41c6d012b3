import { TokenomicsInputError } from "../../src/core";

/** Asserts that `call` throws a TokenomicsInputError with this code, parameter and message text. */
export function expectInputError(
  call: () => unknown,
  parameter: string,
  message: string | RegExp,
  code = "outOfRange"
): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(TokenomicsInputError);
  const error = thrown as TokenomicsInputError;
  expect(error.code).toBe(code);
  expect(error.parameter).toBe(parameter);
  if (typeof message === "string") expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}
