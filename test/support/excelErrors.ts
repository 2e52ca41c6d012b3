import { CustomFunctionsError } from "./customFunctionsRuntime";

/** Asserts that a custom-function call throws CustomFunctions.Error with this Excel error and message. */
export function expectExcelError(
  call: () => unknown,
  code: string,
  message?: string | RegExp
): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CustomFunctionsError);
  const error = thrown as CustomFunctionsError;
  expect(error.code).toBe(code);
  if (typeof message === "string") expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
}
