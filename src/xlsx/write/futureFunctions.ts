// A file stores the functions Excel added after 2007 under the prefix `_xlfn.` (`_xlfn.UNICHAR(`),
// and `_xlfn._xlws.` for the two worksheet-only ones (FILTER, SORT). Excel shows the name without
// it; but a formula written to the file without the prefix is read as a call to an unknown name:
// #NAME? in Excel until the cell is edited, and in LibreOffice and WPS. Office.js takes formulas
// as the user types them, so only the file writer adds it.
// Source: [MS-XLSX] 2.2.2 Formulas, "future functions"; Microsoft support, "Issue: An _xlfn.
// prefix is displayed in front of a formula".

/** The functions of Excel 2010 and later a plan may use, with their file prefix. */
const PREFIXED: ReadonlyMap<string, string> = new Map([
  ...[
    "AGGREGATE",
    "ARABIC",
    "BASE",
    "BITAND",
    "BITLSHIFT",
    "BITOR",
    "BITRSHIFT",
    "BITXOR",
    "CEILING.MATH",
    "CEILING.PRECISE",
    "COMBINA",
    "CONCAT",
    "COT",
    "COTH",
    "CSC",
    "CSCH",
    "DAYS",
    "DECIMAL",
    "FLOOR.MATH",
    "FLOOR.PRECISE",
    "FORMULATEXT",
    "IFNA",
    "IFS",
    "ISFORMULA",
    "ISOWEEKNUM",
    "LET",
    "MAXIFS",
    "MINIFS",
    "NETWORKDAYS.INTL",
    "NUMBERVALUE",
    "PERCENTILE.EXC",
    "PERCENTILE.INC",
    "QUARTILE.EXC",
    "QUARTILE.INC",
    "RANDARRAY",
    "RANK.AVG",
    "RANK.EQ",
    "SEC",
    "SECH",
    "SEQUENCE",
    "SHEET",
    "SHEETS",
    "SORTBY",
    "STDEV.P",
    "STDEV.S",
    "SWITCH",
    "TEXTJOIN",
    "UNICHAR",
    "UNICODE",
    "UNIQUE",
    "VAR.P",
    "VAR.S",
    "WORKDAY.INTL",
    "XLOOKUP",
    "XMATCH",
    "XOR",
  ].map((name) => [name, `_xlfn.${name}`] as const),
  ["FILTER", "_xlfn._xlws.FILTER"],
  ["SORT", "_xlfn._xlws.SORT"],
]);

/** The formula as a file stores it: each newer function called under its prefix. */
export function fileFormula(formula: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    // Text in quotes and quoted sheet names pass through as they are.
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) {
        j += formula[j] === ch ? 2 : 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_][\w.]*/.exec(formula.slice(i, i + 64))?.[0];
    if (name !== undefined) {
      const called = formula[i + name.length] === "(";
      const prefixed = called ? PREFIXED.get(name.toUpperCase()) : undefined;
      const already = out.endsWith("_xlfn.") || out.endsWith("_xlws.");
      out += prefixed !== undefined && !already ? prefixed : name;
      i += name.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
