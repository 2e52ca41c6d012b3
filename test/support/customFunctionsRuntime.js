// A stand-in for the parts of Excel's custom-functions runtime the add-in uses: CustomFunctions.Error,
// ErrorCode (the string values of @types/custom-functions-runtime) and associate, which records each
// registration so tests and the benchmark can call functions by their Excel ID the way Excel does.
// Plain JavaScript so that the benchmark (no compile step) and the Jest tests share one copy.
"use strict";

const ERROR_CODES = Object.freeze({
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
});

class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message || "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

/** A fresh runtime; `registrations` lists every associate call in order, duplicates included. */
function createCustomFunctionsRuntime() {
  const registrations = [];
  return {
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
    registrations,
    associate(id, fn) {
      if (typeof id === "string" && fn) registrations.push({ id, fn });
      else if (id && typeof id === "object") {
        for (const [key, value] of Object.entries(id)) registrations.push({ id: key, fn: value });
      }
    },
  };
}

module.exports = { ERROR_CODES, CustomFunctionsError, createCustomFunctionsRuntime };
