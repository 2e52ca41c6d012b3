/**
 * Formula text as the .xlsx file format stores it. Excel's API takes and shows "=PERCENTILE.INC(…)", but
 * the file stores functions added since Excel 2007 with an `_xlfn.` prefix; without it Excel and
 * LibreOffice read an unknown name (#NAME?). Functions LibreOffice 7.4 cannot compute are refused, so a
 * standalone workbook never depends on a function the second engine lacks.
 */

/**
 * Functions added after the 2007 file format that the file must store as `_xlfn.NAME` (Microsoft's list
 * of "future functions", the ones a model is likely to use).
 * @see https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/5d1b6d44-6fc1-4ecd-8fef-0b27406cc2bf
 */
export const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "AGGREGATE",
  "BETA.DIST",
  "BETA.INV",
  "BINOM.DIST",
  "BINOM.INV",
  "CEILING.MATH",
  "CHISQ.DIST",
  "CHISQ.INV",
  "CONCAT",
  "CONFIDENCE.NORM",
  "COVARIANCE.P",
  "COVARIANCE.S",
  "DAYS",
  "EXPON.DIST",
  "F.DIST",
  "F.INV",
  "FLOOR.MATH",
  "FORECAST.LINEAR",
  "GAMMA.DIST",
  "GAMMA.INV",
  "IFNA",
  "IFS",
  "ISOWEEKNUM",
  "LOGNORM.DIST",
  "LOGNORM.INV",
  "MAXIFS",
  "MINIFS",
  "MODE.SNGL",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "PDURATION",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "POISSON.DIST",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "RRI",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "T.DIST",
  "T.INV",
  "TEXTJOIN",
  "VAR.P",
  "VAR.S",
  "WEIBULL.DIST",
  "XOR",
]);

/** Functions LibreOffice 7.4 answers with #NAME? or an error (tried: see docs/decisions/0008). */
export const NOT_PORTABLE_FUNCTIONS: ReadonlySet<string> = new Set([
  "LET",
  "LAMBDA",
  "SEQUENCE",
  "FILTER",
  "DROP",
  "TAKE",
  "XLOOKUP",
  "XMATCH",
  "SORT",
  "SORTBY",
  "UNIQUE",
  "VSTACK",
  "HSTACK",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "TOCOL",
  "TOROW",
  "MAP",
  "REDUCE",
  "SCAN",
  "MAKEARRAY",
  "BYROW",
  "BYCOL",
]);

export class NotPortableFormulaError extends Error {
  constructor(
    readonly formula: string,
    readonly functionName: string
  ) {
    super(
      `${functionName} cannot go into a standalone workbook (LibreOffice 7.4 does not compute it, or it needs the add-in): ${formula}`
    );
    this.name = "NotPortableFormulaError";
  }
}

// A function call: a name (letters, digits, "." and "_", not after a letter, digit, "." or a sheet "!")
// followed by "(". String literals are matched first so that text inside quotes is left alone.
const CALL_OR_STRING = /"(?:[^"]|"")*"|(^|[^A-Za-z0-9_.!])([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()/g;

/**
 * The formula as the file stores it: without the leading "=", future functions prefixed with `_xlfn.`.
 * With `portable`, a call the second engine cannot compute (or a TOKENOMICS function) throws.
 * @example fileFormula("=PERCENTILE.INC(A1:A9, 0.5)") === "_xlfn.PERCENTILE.INC(A1:A9, 0.5)"
 */
export function fileFormula(formula: string, portable = true): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body.replace(CALL_OR_STRING, (match: string, before?: string, name?: string) => {
    if (name === undefined) return match;
    const upper = name.toUpperCase();
    if (portable && (NOT_PORTABLE_FUNCTIONS.has(upper) || upper.startsWith("TOKENOMICS.")))
      throw new NotPortableFormulaError(formula, upper);
    return `${before ?? ""}${FUTURE_FUNCTIONS.has(upper) ? `_xlfn.${name}` : name}`;
  });
}
